"""%-formatting of str: every conversion (d i o u x X e E f F g G c r s a %) with flags (- + space # 0), width, precision and * arguments."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for conv in "d i o u x X".split():
    print(conv, [("%" + flags + conv) % v for flags in ("", "5", "-5", "+", " ", "#", "05", "+08", "#010", ".3", "8.4", "-#8")
                 for v in (0, 42, -42)][:36])
for conv in "e E f F g G".split():
    print(conv, [("%" + flags + conv) % v for flags in ("", ".2", "10.3", "-10.1", "+", " ", "#", "#.0", "010.2", ".0")
                 for v in (0.0, -1.5, 1234567.5, 1e-5, float("inf"), float("nan"))])
print("%c|%c|%c|%5c|%-3c|" % ("a", 97, 0x1F600, "z", 233))
print("%r|%s|%a|%10r|%-10s|%.2s|%5.1a" % ("é", "é", "é", "x", "y", "abcdef", "é"))
print("%%|%05d|%%%%" % (7,))
check(lambda: "%5%" % ())
check(lambda: "%-5%" % (1,))
print("%*d|%-*d|%.*f|%*.*f" % (6, 1, 6, 2, 3, 3.14159, 10, 2, 2.71828))
print("%*d|" % (-6, 5), "%.*s|" % (2, "abc"))
print("%d %d %d" % (True, 3.99, -3.99), "%x %o" % (255, 8), "%d" % (10**30), "%x" % (-(2**70)), "%e" % 10**20)
print("%s" % None, "%s" % [1, "a"], "%s" % ((1, 2),), "%r" % ((1, 2),), "%s %s" % (1, 2), "%s" % "single")
print("%(a)s %(b)05.1f %(a)r" % {"a": "x", "b": 2.25}, "%(k)s" % {"k": 1, "unused": 2}, "%()s" % {"": "empty"})
print("%s" % {"a": 1}, "%s %s" % ({"a": 1}, 2))
print("%i %u %d" % (1.5, -2.5, 3), "%.3d" % 7, "%+.3d" % 7, "% 05d" % 7, "%-05d" % 7, "%+ d" % 7, "% +d" % 7)
print("%#x %#X %#o %#5x" % (0, 255, 0, 1), "%x" % 0, "%#.3x" % 5, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%g %g %g %g %g" % (100000, 1000000, 1e-4, 1e-5, 123456789), "%#g %#.3g" % (1.0, 100), "%G" % 1e-10)
print("%5s|%-5s|%.0s|%5.2s|" % ("ab", "ab", "ab", "abc"))
class S:
    def __str__(self):
        return "S()"
    def __repr__(self):
        return "R()"
print("%s %r %a %.1s" % (S(), S(), S(), S()))
