"""str.format field parsing: nested attribute/index chains, integer-looking keys, whitespace in names, conversions followed by specs, escaped braces in nested specs, and the lookup order traced through __getattr__/__getitem__."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Tracer:
    def __init__(self, name):
        self.name = name
    def __getattr__(self, attr):
        print(f"getattr {self.name}.{attr}")
        return Tracer(f"{self.name}.{attr}")
    def __getitem__(self, key):
        print(f"getitem {self.name}[{key!r}]")
        return Tracer(f"{self.name}[{key!r}]")
    def __repr__(self):
        return f"Tracer({self.name})"
    def __format__(self, spec):
        print(f"format {self.name} with {spec!r}")
        return self.name
t = Tracer("t")
check(lambda: "{0.a.b[1][x].c:>5}".format(t))
check(lambda: "{0[-1]}{0[ 1 ]}{0[1.5]}".format(t))
check(lambda: "{t.x} {t[0]}".format(t=t))
check(lambda: "{0:{1}}".format(t, "spec"))
check(lambda: "{0:{1}{2}}".format(t, "a", "b"))
check(lambda: "{0:{{}}}".format(t))
check(lambda: "{0!r:}".format("x"))
check(lambda: "{0!s:^7}".format("x"))
check(lambda: "{ 0}".format(1))
check(lambda: "{0 }".format(1))
check(lambda: "{a b}".format(**{"a b": 1}))
check(lambda: "{0[0]".format([1]))
check(lambda: "{0.a!r}".format(t))
check(lambda: "{0[a]]}".format({"a": 1}))
check(lambda: "{0:}}".format(1))
check(lambda: "{0:{1}}}".format(1, 2))
check(lambda: "{:{}}{}".format(1, 3, "x"))
check(lambda: "{:{}}{:{}}".format(1, 3, 2, 4))
check(lambda: "{!r}{!r}".format(*"ab"))
check(lambda: "{0}{0}{0}".format(t))
check(lambda: "{}".format(*[]))
check(lambda: "".format(1, 2, x=3))
check(lambda: "{0:%}".format(0.25))
check(lambda: "{:,}".format(10**20))
check(lambda: "{:_x}".format(2**40))
check(lambda: "{:#_b}".format(37))
check(lambda: "{:c}{:c}".format(72, 105))
