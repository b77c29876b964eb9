"""bytes %-formatting: %s %b with bytes-like and __bytes__, %a %r, %c with int and length-1 bytes, numeric conversions, and the error messages (no str allowed)."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

check(lambda: b"%s|%b" % (b"ab", b"cd"))
check(lambda: b"%s" % bytearray(b"ba"))
check(lambda: b"%s" % memoryview(b"mv"))
check(lambda: b"%5s|%-5b|%.1s" % (b"ab", b"cd", b"xyz"))
check(lambda: b"%c%c%c" % (65, b"B", bytearray(b"C")))
check(lambda: b"%a %r" % ("é", "x"))
check(lambda: b"%a" % (b"\xff",))
check(lambda: b"%d %i %u %x %X %o %#x %+05d" % (1, 2, 3, 255, 255, 8, 255, 7))
check(lambda: b"%e %f %g %.2f %10.3E" % (1.5, 2.25, 1e-7, 3.14159, 12345.678))
check(lambda: b"%(a)s %(b)d" % {b"a": b"A", b"b": 2})
check(lambda: b"%%|%5%|%s" % (b"z",))
check(lambda: bytearray(b"%s-%d") % (b"x", 5))
check(lambda: type(bytearray(b"%s") % b"y").__name__)
class B:
    def __bytes__(self):
        print("__bytes__")
        return b"from-bytes"
check(lambda: b"%s" % B())
check(lambda: b"%s" % "str")
check(lambda: b"%b" % 5)
check(lambda: b"%s" % None)
check(lambda: b"%c" % "a")
check(lambda: b"%c" % 256)
check(lambda: b"%c" % -1)
check(lambda: b"%c" % b"ab")
check(lambda: b"%d" % b"1")
check(lambda: b"%x" % 1.5)
check(lambda: b"%s %s" % (b"a",))
check(lambda: b"abc" % (b"a",))
check(lambda: b"%(a)s" % {"a": b"x"})
check(lambda: b"%y" % 1)
check(lambda: b"%" % ())
check(lambda: "%s" % b"a")
check(lambda: b"%s" % [b"a"])
check(lambda: b"%s" % ((b"a", b"b"),))
check(lambda: b"%r" % (b"q",))
