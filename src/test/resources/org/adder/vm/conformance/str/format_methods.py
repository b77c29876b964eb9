"""str.format and str.format_map: auto and manual numbering, keyword fields, attribute and index lookups, conversions, nested specs, {{ }}, and every error message."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class P:
    x = 3
    name = "pt"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
check(lambda: "{} {} {}".format(1, "a", None))
check(lambda: "{0} {1} {0}".format("x", "y"))
check(lambda: "{a} {b}".format(a=1, b=2))
check(lambda: "{0.x} {0.name} {1[0]} {1[1][k]} {2[key]}".format(P(), [5, {"k": "v"}], {"key": "val"}))
check(lambda: "{!r} {!s} {!a}".format(P(), P(), "é"))
check(lambda: "{:>{w}} {:{f}^{w2}}".format("r", "c", w=5, f="*", w2=7))
check(lambda: "{0:{1}{2}}".format(3.14159, ".", "3"))
check(lambda: "{{}} {{{0}}} }}{{".format(9))
check(lambda: "{0[-1]}".format({"-1": "neg"}))
check(lambda: "{0[1]}".format("abc"))
check(lambda: "{0[ ]}".format({" ": "space"}))
check(lambda: "{:d}".format(True))
check(lambda: "{} {1}".format(1, 2))
check(lambda: "{0} {}".format(1, 2))
check(lambda: "{} {}".format(1))
check(lambda: "{2}".format(1))
check(lambda: "{a}".format(b=1))
check(lambda: "{".format())
check(lambda: "}".format())
check(lambda: "{0!x}".format(1))
check(lambda: "{0!}".format(1))
check(lambda: "{0!rr}".format(1))
check(lambda: "{0.}".format(1))
check(lambda: "{0[}".format(1))
check(lambda: "{0[0]x}".format([1]))
check(lambda: "{0.nope}".format(1))
check(lambda: "{0[5]}".format([1]))
check(lambda: "{0[a]}".format([1]))
check(lambda: "{0:{1:{2}}}".format(1, 2, 3))
check(lambda: "{0:{1}}".format(1, "{"))
check(lambda: "{:x}".format("s"))
check(lambda: "{:10000000000000000000}".format(1))
check(lambda: "{0x}".format(1))
check(lambda: "{00}".format("z"))
check(lambda: "{-1}".format(1))
check(lambda: "{a.b.c}".format(a=1))
check(lambda: "{:s}".format(P()))
check(lambda: "{!s:>8}".format(P()))
check(lambda: "%(a)s-{a}".format(a=1))
class Missing(dict):
    def __missing__(self, k):
        print("missing", k)
        return k.upper()
check(lambda: "{a} {b} {a}".format_map(Missing(a="A")))
check(lambda: "{0}".format_map({0: "zero"}))
check(lambda: "{0}".format_map({}))
check(lambda: "{x}".format_map(5))
check(lambda: "{x}".format_map())
check(lambda: "{x[0]}".format_map({"x": "hey"}))
check(lambda: "{}".format_map({}))
check(lambda: "{:{}}".format("a", 5))
check(lambda: "{:{}} {}".format("a", 5, "b"))
