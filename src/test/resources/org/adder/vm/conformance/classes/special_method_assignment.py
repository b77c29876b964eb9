"""Assigning special methods on a class after creation updates behaviour (slots), deleting them reverts; subclasses see the change."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class A:
    def __init__(self, v): self.v = v
class B(A):
    pass
a, b = A(1), B(2)
check(lambda: a + 1)
A.__add__ = lambda self, o: f"A.__add__({self.v}, {o})"
check(lambda: a + 1)
check(lambda: b + 1)
check(lambda: 1 + a)
A.__radd__ = lambda self, o: f"A.__radd__({self.v}, {o})"
check(lambda: 1 + a)
B.__add__ = lambda self, o: "B override"
check(lambda: b + 1)
del B.__add__
check(lambda: b + 1)
del A.__add__
check(lambda: a + 1)
check(lambda: b + 1)

check(lambda: len(a))
A.__len__ = lambda self: 42
check(lambda: len(a))
check(lambda: bool(b))
A.__len__ = lambda self: 0
check(lambda: bool(b))
A.__bool__ = lambda self: True
check(lambda: bool(b))

check(lambda: a[0])
A.__getitem__ = lambda self, k: ("item", k)
check(lambda: b[1:2])
check(lambda: list(zip(range(2), a)))

check(lambda: a())
A.__call__ = lambda self, *args: ("called", args)
check(lambda: b(1, 2))

check(lambda: str(a) == repr(a))
A.__repr__ = lambda self: f"A<{self.v}>"
check(lambda: (str(b), repr(b), f"{b}", [a, b]))
A.__str__ = lambda self: "str!"
check(lambda: (str(a), f"{a}", "%s" % a))

check(lambda: hash(a) == hash(a))
A.__eq__ = lambda self, o: True
check(lambda: (a == 5, a != 5))
A.__hash__ = None
check(lambda: hash(a))
A.__hash__ = lambda self: 7
check(lambda: hash(b))

check(lambda: iter(a).__class__.__name__)
A.__iter__ = lambda self: iter("xy")
check(lambda: list(b))
A.__contains__ = lambda self, x: x == "magic"
check(lambda: ("magic" in a, "x" in a))

A.__neg__ = lambda self: "negated"
A.__lt__ = lambda self, o: "lt!"
check(lambda: (-a, a < 1, 1 > a))
A.__enter__ = lambda self: "entered"
A.__exit__ = lambda self, *x: print("exited")
with a as val:
    print(val)
# assigning a non-callable makes the operation fail with a call error
A.__neg__ = 5
check(lambda: -a)
A.__len__ = None
check(lambda: len(a))
