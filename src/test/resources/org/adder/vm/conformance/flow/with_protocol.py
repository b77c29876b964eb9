"""with statement: __enter__/__exit__ call order and arguments, suppression by a true return, multiple managers."""

class CM:
    def __init__(self, name, suppress=False, enter_value=None):
        self.name, self.suppress, self.enter_value = name, suppress, enter_value
    def __enter__(self):
        print("enter", self.name)
        return self.enter_value if self.enter_value is not None else self.name
    def __exit__(self, tp, val, tb):
        print("exit", self.name, tp.__name__ if tp else None, repr(val), tb is not None)
        return self.suppress

with CM("a") as x:
    print("body x =", x)

try:
    with CM("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)

with CM("c", suppress=True):
    raise KeyError("gone")
print("after suppressed")

# truthiness of __exit__'s result decides suppression
for result in (0, 1, "", "yes", [], [0], None):
    try:
        with CM("t", suppress=result):
            raise IndexError(result)
        print("suppressed by", repr(result))
    except IndexError:
        print("not suppressed by", repr(result))

# multiple managers exit in reverse order; inner suppression hides from outer
with CM("outer") as o, CM("inner", suppress=True) as i:
    print("body", o, i)
    raise RuntimeError("inner eats")
print("---")

# as-target can be a tuple or attribute or subscription
class Holder: pass
h = Holder()
d = {}
with CM("p", enter_value=(1, 2)) as (p, q):
    print("p q", p, q)
with CM("attr") as h.value, CM("item") as d["k"]:
    pass
print(h.value, d)

# exception inside __enter__: __exit__ is not called
class BadEnter:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with CM("first"), BadEnter():
        print("never")
except ValueError as e:
    print("caught", e)

# exception in __exit__ replaces the body's exception and chains it
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise TypeError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except TypeError as e:
    print("caught", e, "context", repr(e.__context__))

# return inside with: __exit__ runs before the caller sees the value
def f():
    with CM("ret"):
        return "returned"
print(f())

# not context managers
class NoExit:
    def __enter__(self): return 1
class NoEnter:
    def __exit__(self, *a): pass
for obj in (NoExit(), NoEnter(), 42):
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError:", e)

# __enter__/__exit__ looked up on the type, not the instance
class Inst:
    pass
inst = Inst()
inst.__enter__ = lambda: 1
inst.__exit__ = lambda *a: None
try:
    with inst:
        pass
except TypeError as e:
    print("TypeError:", e)
