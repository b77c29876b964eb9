"""User __format__: called by format(), str.format, f-strings (with spec, conversions bypassing it), return-type errors, inheritance from int/float/str, and trace of calls."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        print("__format__", repr(spec))
        if spec == "bad":
            return 5
        if spec == "err":
            raise ValueError("bad money spec")
        return f"${self.v:{spec or '.2f'}}"
    def __str__(self):
        return "Money-str"
    def __repr__(self):
        return "Money-repr"
m = Money(12.5)
check(lambda: format(m))
check(lambda: format(m, ">10.1f"))
check(lambda: "{} {:,.3f} {!s} {!r:>12}".format(m, m, m, m))
check(lambda: f"{m}|{m:.0f}|{m!s}|{m!r}|{m!a:^14}")
check(lambda: f"{m:{'>'}{12}}")
check(lambda: format(m, "bad"))
check(lambda: f"{m:bad}")
check(lambda: format(m, "err"))
check(lambda: "{:err}".format(m))
class MyInt(int):
    def __format__(self, spec):
        print("MyInt.__format__", repr(spec))
        return "<" + int.__format__(self, spec) + ">"
class MyFloat(float):
    pass
class MyStr(str):
    def __format__(self, spec):
        return "S" + str.__format__(self, spec)
check(lambda: format(MyInt(255), "x"))
check(lambda: f"{MyInt(7):03d}")
check(lambda: "%d %s" % (MyInt(7), MyInt(8)))
check(lambda: format(MyFloat(1.5), ".3f"))
check(lambda: f"{MyStr('ab'):>4}")
check(lambda: str(MyStr("q")))
class FmtStr:
    def __format__(self, spec):
        class SubS(str):
            pass
        return SubS("sub")
r = format(FmtStr())
print(repr(r), type(r).__name__)
class NoFormat:
    __format__ = None
check(lambda: format(NoFormat()))
class Meta(type):
    def __format__(cls, spec):
        return "meta:" + spec
class WithMeta(metaclass=Meta):
    pass
check(lambda: format(WithMeta, "x"))
check(lambda: f"{WithMeta:y}")
