"""__format__: format() and f-strings dispatch, conversions !r/!s/!a before __format__, empty spec, object.__format__ rejecting specs."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class F:
    def __format__(self, spec):
        print("__format__ called with", repr(spec))
        return f"<F:{spec}>"
    def __repr__(self): return "F-repr"
    def __str__(self): return "F-str"
f = F()
check(lambda: format(f))
check(lambda: format(f, "abc"))
check(lambda: f"{f}")
check(lambda: f"{f:>10}")
check(lambda: f"{f!r}")
check(lambda: f"{f!s:>8}")
check(lambda: f"{f!a}")
check(lambda: "{}|{:x}|{!r}".format(f, f, f))
width = 6
check(lambda: f"{f:{width}.{width}}")
check(lambda: f"{f=}")
check(lambda: f"{f=:spec}")
check(lambda: f"{f=!s}")

class Plain:
    def __repr__(self): return "Plain()"
check(lambda: format(Plain()))
check(lambda: format(Plain(), ""))
check(lambda: format(Plain(), "10"))
check(lambda: f"{Plain():>5}")

class BadFormat:
    def __format__(self, spec): return 5
check(lambda: format(BadFormat()))
check(lambda: f"{BadFormat()}")
check(lambda: format(1, 2))

print(format(3.14159, ".2f"), format(255, "#x"), format(255, "08b"), format("s", "^5"), format(1234567, ","), format(-0.0, "+"))
print(format(1e100, "g"), format(0.1, ".20f"), format(12.5, "%"), format(10**20, "_d"), format(True, "d"), format(True))
print(f"{'nest':{'>'}{8}}|", f"{3.0:g}", f"{-1:=+6}", f"{2**64:e}", f"{'é'!a}", f"{[1, 'a']!s}")
check(lambda: format(1, "s"))
check(lambda: format("s", "d"))
check(lambda: format(1.5, "x"))
check(lambda: format(1, ".2s"))
check(lambda: format(1, "=5s"))
check(lambda: format([], "x"))
check(lambda: format(1, "z"))
check(lambda: format(1.5, "zd"))

# format of subclasses of builtins uses the builtin __format__ unless overridden
class MyInt(int):
    def __str__(self): return "custom str"
print(format(MyInt(5)), f"{MyInt(5)}", str(MyInt(5)), f"{MyInt(5):d}", "%d" % MyInt(5), "%s" % MyInt(5))
