"""%-formatting error messages: argument count, types for each conversion, mapping keys, bad characters, %c ranges, * errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

check(lambda: "%s %s" % (1,))
check(lambda: "%s" % ())
check(lambda: "%s" % (1, 2))
check(lambda: "hello" % 5)
check(lambda: "hello" % ())
check(lambda: "hello" % [])
check(lambda: "hello" % {})
check(lambda: "hello" % "")
check(lambda: "hello" % "x")
check(lambda: "%d" % "1")
check(lambda: "%d" % None)
check(lambda: "%i" % [1])
check(lambda: "%x" % 1.5)
check(lambda: "%o" % "a")
check(lambda: "%X" % 2.0)
check(lambda: "%f" % "1")
check(lambda: "%e" % None)
check(lambda: "%g" % [1])
check(lambda: "%c" % "ab")
check(lambda: "%c" % "")
check(lambda: "%c" % -1)
check(lambda: "%c" % 0x110000)
check(lambda: "%c" % 1.5)
check(lambda: "%c" % None)
check(lambda: "%y" % 1)
check(lambda: "%é" % 1)
check(lambda: "%" % ())
check(lambda: "abc%" % ())
check(lambda: "%5" % 1)
check(lambda: "%(a)s" % 1)
check(lambda: "%(a)s" % (1,))
check(lambda: "%(a)s" % {"b": 1})
check(lambda: "%(a" % {"a": 1})
check(lambda: "%(a)s %s" % {"a": 1})
check(lambda: "%s %(a)s" % {"a": 1})
check(lambda: "%*d" % ("5", 1))
check(lambda: "%*d" % (5,))
check(lambda: "%.*f" % (1.5, 2.0))
check(lambda: "%*d" % {"a": 1})
check(lambda: "%d" % 10**400 and "big ok")
check(lambda: "%f" % 10**400)
check(lambda: "%.1000f" % 1.0 and "prec ok")
check(lambda: "%s" % b"bytes")
check(lambda: "%a" % b"\xff")
class I:
    def __index__(self):
        return 9
class F:
    def __float__(self):
        return 2.5
class Int:
    def __int__(self):
        return 3
check(lambda: "%d %x %c" % (I(), I(), I()))
check(lambda: "%f %d" % (F(), 1))
check(lambda: "%d" % F())
check(lambda: "%d" % Int())
check(lambda: "%x" % Int())
check(lambda: "%s" % {1: 2}.keys())
