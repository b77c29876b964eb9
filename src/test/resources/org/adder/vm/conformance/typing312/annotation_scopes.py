"""PEP 695 annotation scopes: class-level names visible to type aliases and bounds defined in a class, errors raised lazily on access, re-evaluation."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Outer:
    Alias = int
    type InClass = list[Alias]
    def method[T: Alias](self, x: T) -> T:
        return x
print(Outer.InClass.__value__, Outer.method.__type_params__[0].__bound__)

# a successful evaluation of an alias value is cached
calls = []
def provider():
    calls.append(1)
    return str
type Cached = provider()
print(Cached.__value__, Cached.__value__, len(calls))

# an alias whose value raises: every access raises again
def fails():
    calls.append("fail")
    raise LookupError("no value yet")
type Broken = fails()
check(lambda: Broken.__value__)
check(lambda: Broken.__value__)
print(calls)

# bounds that raise
def bad_bound():
    raise ValueError("bad bound")
def f[T: bad_bound()](): pass
check(lambda: f.__type_params__[0].__bound__)
def g[T: (bad_bound(),)](): pass
check(lambda: g.__type_params__[0].__constraints__)

# names in annotation scopes resolve to the latest global value until first evaluation
later = "first"
type Late = later
later = "second"
print(Late.__value__)
later = "third"
print(Late.__value__)

# type parameters shadow outer names inside the scope only
T = "module T"
def shadow[T]():
    return T
print(type(shadow()).__name__, T)
# annotation scope functions are not visible as class attributes
print(sorted(k for k in vars(Outer) if not k.startswith("__")))
