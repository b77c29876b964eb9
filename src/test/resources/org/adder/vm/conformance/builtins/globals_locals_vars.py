"""Builtins globals, locals and vars: module-level identity, function locals snapshots (free variables included), class body locals, vars() of objects/classes/modules, and errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(globals() is globals(), locals() is globals(), "check" in globals(), globals()["__name__"], vars() is globals())
print(sorted(k for k in globals() if k.startswith("__") and k != "__builtins__"))
def f(a, b=2):
    c = a + b
    print(sorted(locals().items()))
    d = 4
    l = locals()
    l["c"] = "changed?"
    print(c, sorted(locals()))
f(1)
def outer():
    x = 1
    def inner():
        y = x
        print("inner locals", sorted(locals().items()))
    inner()
    print("outer locals", sorted(locals()))
outer()
class K:
    a = 1
    b = a + 1
    print("class body", sorted(k for k in locals() if not k.startswith("__")), locals()["__qualname__"], locals()["__module__"])
class O:
    def __init__(self):
        self.p = 1
        self.q = [2]
print(vars(O()), sorted(k for k in vars(K) if not k.startswith("__")), type(vars(K)).__name__)
import sys
print(vars(sys) is sys.__dict__, "argv" in vars(sys))
check(lambda: vars(1))
check(lambda: vars("s"))
check(lambda: vars(1, 2))
class Slots:
    __slots__ = ("x",)
check(lambda: vars(Slots()))
class DictProp:
    @property
    def __dict__(self):
        return {"fake": True}
check(lambda: vars(DictProp()))
check(lambda: globals(1))
check(lambda: locals(1))
x = 10
def uses_global():
    global x
    x += 1
    return x
print(uses_global(), x, globals()["x"])
globals()["created"] = "via globals()"
print(created)
