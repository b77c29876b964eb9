"""printf-style % formatting: every conversion, flags, widths, * width, mapping keys, tuple vs single arg, and each error message."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

check(lambda: "%s %r %a" % ("é", "é", "é"))
check(lambda: "%d %i %u" % (3.9, -2, True))
check(lambda: "%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
check(lambda: "%e %E %f %F %g %G" % (12345.678, 0.00012, 1.5, float("inf"), 1e-10, 1e20))
check(lambda: "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
check(lambda: "%.2f|%8.3f|%-8.1f|%.0f|%#.0f" % (3.14159, 2.5, 2.5, 2.5, 2.5))
check(lambda: "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
check(lambda: "%c%c%c" % (72, "i", 0x1F600))
check(lambda: "%(name)s is %(age)d" % {"name": "Ann", "age": 30})
check(lambda: "%% %s %%" % "x")
check(lambda: "%s" % ((1, 2),))
check(lambda: "%s" % [1, 2])
check(lambda: "%s %s" % [1, 2])
check(lambda: "%s" % ())
check(lambda: "no specifiers" % ())
check(lambda: "no specifiers" % 5)
check(lambda: "no specifiers" % {})
check(lambda: "%s %s" % (1,))
check(lambda: "%s" % (1, 2))
check(lambda: "%d" % "x")
check(lambda: "%x" % 1.5)
check(lambda: "%c" % "ab")
check(lambda: "%c" % -1)
check(lambda: "%(k)s" % (1,))
check(lambda: "%(k)s" % {})
check(lambda: "%z" % 1)
check(lambda: "%" % ())
check(lambda: "%(k" % {"k": 1})
check(lambda: "%*d" % ("x", 1))
check(lambda: b"%s %d %x" % (b"bytes", 5, 255))
check(lambda: b"%s" % "str")
check(lambda: b"%a %r" % ("é", b"x"))
check(lambda: "%s" % None + "%r" % None)
check(lambda: "%.3s|%5.1s|%-4s|" % ("abcdef", "xyz", "a"))
check(lambda: "%d" % 10**30 + " " + "%x" % -255 + " " + "%o" % -8)
class WithIndex:
    def __index__(self): return 7
check(lambda: "%x %o %c" % (WithIndex(), WithIndex(), WithIndex()))
check(lambda: "%d" % WithIndex())
