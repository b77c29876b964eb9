"""Formatting nested containers and objects: str.format and f-strings of lists/dicts/tuples use repr of elements, !s/!r/!a on containers, format of None/bool/Ellipsis, and specs on non-str objects (TypeError)."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
data = [P(), "é", 1.0, None, (P(),), {"k": P()}]
check(lambda: "{}".format(data))
check(lambda: f"{data}")
check(lambda: f"{data!s}")
check(lambda: f"{data!a}")
check(lambda: "{0[0]} {0[0]!r} {0[5][k]}".format(data))
check(lambda: "%s %r" % (data[:2], data[:2]))
check(lambda: "%s" % (data[4],))
check(lambda: f"{None} {True} {...} {NotImplemented}")
check(lambda: f"{None!r:>6}|{True:>6}|{False:d}")
check(lambda: format(None, ""))
check(lambda: f"{None:>6}")
check(lambda: f"{[1, 2]:>10}")
check(lambda: f"{(1,)!s:>10}")
check(lambda: f"{ {'a': 1} }")
check(lambda: f"{ {1, 2} !r}")
check(lambda: "{:>8}".format(P()))
check(lambda: "{!s:>8}|{!r:<8}|".format(P(), P()))
check(lambda: "{0!s:*^9}".format([1]))
check(lambda: format(b"bytes"))
check(lambda: format(b"bytes", "10"))
check(lambda: f"{b'x'!s}")
check(lambda: f"{1+2j!s:>10}")
check(lambda: f"{range(3)}")
check(lambda: "{}".format(type))
