"""*args and **kwargs collection, call-site unpacking f(*a, **k), ordering of multiple unpackings, duplicate keywords."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def g(*args, **kwargs):
    return args, kwargs
def h(a, b=0, *args, c, d=1, **kw):
    return a, b, args, c, d, kw

check(lambda: g())
check(lambda: g(1, 2, x=3))
check(lambda: g(*[1, 2], *"ab", **{"x": 1}, y=2, **{"z": 3}))
check(lambda: g(*range(3), 9, *(), z=0))
check(lambda: h(1, c=2))
check(lambda: h(1, 2, 3, 4, c=5, e=6))
check(lambda: h(*[1, 2, 3], **{"c": 4, "d": 5, "zz": 6}))
check(lambda: g(**{"a": 1}, **{"a": 2}))
check(lambda: g(a=1, **{"a": 2}))
check(lambda: h(1, **{"a": 2, "c": 3}))
check(lambda: g(*1))
check(lambda: g(**1))
check(lambda: g(**[("a", 1)]))
check(lambda: g(**{1: 2}))

# kwargs dict is a fresh dict; args a tuple
d = {"x": 1}
args, kw = g(**d)
kw["y"] = 2
print(d, kw, type(args).__name__)

# mapping protocol used by ** : keys() then __getitem__
class M:
    def keys(self):
        print("keys()")
        return ["p", "q"]
    def __getitem__(self, k):
        print("getitem", k)
        return k.upper()
check(lambda: g(**M()))
class BadKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return k
check(lambda: g(**BadKeys()))

# order of evaluation of arguments is left to right including unpackings
log = []
def t(x):
    log.append(x)
    return [x]
def tk(x):
    log.append(x)
    return {x: x}
g(*t("a"), t("b"), *t("c"), k=t("d"), **tk("e"))
print(log)

# iterating a generator in *args
def gen():
    yield 1
    yield 2
print(g(*gen()))

# kwargs name that matches a positional-only parameter goes into **kw
def po(a, /, **kw): return a, kw
check(lambda: po(1, **{"a": 2}))

# duplicate from * and keyword
def f2(a, b): return a, b
check(lambda: f2(*[1, 2], a=3))
check(lambda: f2(*[1], **{"a": 3}))
