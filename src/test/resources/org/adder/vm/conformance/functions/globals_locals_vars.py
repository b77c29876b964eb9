"""globals(), locals(), vars(): identity with module dict, snapshots in functions, class bodies, errors of vars()."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(globals() is locals(), vars() is globals(), type(globals()).__name__)
print(sorted(k for k in globals() if k.startswith("__")))
print(__name__, __doc__ is None or __doc__[:20])
globals()["injected"] = "via globals()"
print(injected)

def f(a, b=2):
    c = a + b
    snapshot = locals()
    d = 4
    return snapshot, locals()
s1, s2 = f(1)
print(s1)
print(s2)

def writes_ignored():
    x = 1
    locals()["x"] = 99
    locals()["y"] = 5
    return x
print(writes_ignored())

def with_closure():
    free = "free"
    def inner():
        loc = 1
        return locals(), free
    return inner()
print(with_closure())

class K:
    a = 1
    b = a + 1
    ns = sorted(locals())
print(K.ns)

class Obj:
    def __init__(self):
        self.x = 1
        self.y = [2]
o = Obj()
print(vars(o), vars(o) is o.__dict__)
print(type(vars(Obj)).__name__, "x" in vars(Obj), "__init__" in vars(Obj))
check(lambda: vars(5))
check(lambda: vars([]))
check(lambda: vars(o, o))
class Slotted:
    __slots__ = ("a",)
check(lambda: vars(Slotted()))
class DictProp:
    @property
    def __dict__(self):
        return {"fake": True}
print(vars(DictProp()))

# dir() without arguments lists local names, sorted
def d():
    z = 1
    a = 2
    return dir()
print(d())
check(lambda: globals(1))
check(lambda: locals(1))
