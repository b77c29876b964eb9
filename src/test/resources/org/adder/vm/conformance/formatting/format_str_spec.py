"""format() mini-language for str: fill/align, width, precision truncation, wide/astral characters, '=' and sign errors, and format(obj) on objects without __format__ overrides."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for s in ["", "abc", "é😀", "longer string"]:
    print(repr(s), [format(s, spec) for spec in ("", "s", "5", "<6", ">6", "^7", "*^8", "😀>5", ".2", "8.3", ">8.1s", "-^9", "0<5", "05")])
for spec in ["d", "x", "+", " ", "-", "#", ",", "_", "=5", "0=5", "+5", "z", ".2d", "10c", "%"]:
    print(spec, end=" ")
    check(lambda: format("abc", spec))
class Plain:
    pass
class Strd:
    def __str__(self):
        return "strd"
check(lambda: format(Strd()))
check(lambda: format(Strd(), ""))
check(lambda: format(Strd(), ">6"))
check(lambda: format(Plain(), "x"))
check(lambda: object.__format__(Strd(), ""))
check(lambda: object.__format__(Strd(), "5"))
check(lambda: format(None))
check(lambda: format(None, "^6"))
check(lambda: format([1, 2]))
check(lambda: format([1, 2], "10"))
check(lambda: format((1,), ""))
check(lambda: format(str, ""))
check(lambda: format("x", "s", "y"))
check(lambda: format())
check(lambda: "{:s}".format(Strd()))
check(lambda: "{!s:>6}".format(Strd()))
check(lambda: format("ab", "\x00^6"))
check(lambda: format("ab", "{^6"))
check(lambda: format("ab", "}^6"))
