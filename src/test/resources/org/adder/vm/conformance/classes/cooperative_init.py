"""Cooperative multiple inheritance: __init__ chains through super() with kwargs, order follows the MRO, leftover kwargs reach object.__init__."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

log = []
class Base:
    def __init__(self, **kw):
        log.append(f"Base {sorted(kw)}")
        super().__init__(**kw)
class Named(Base):
    def __init__(self, name="?", **kw):
        log.append(f"Named {name}")
        self.name = name
        super().__init__(**kw)
class Sized(Base):
    def __init__(self, size=0, **kw):
        log.append(f"Sized {size}")
        self.size = size
        super().__init__(**kw)
class Item(Named, Sized):
    def __init__(self, **kw):
        log.append("Item")
        super().__init__(**kw)

i = Item(name="box", size=3)
print(log, i.name, i.size, [c.__name__ for c in Item.__mro__]); log.clear()
check(lambda: Item(name="x", color="red"))
print(log); log.clear()

# a class in the middle that forgets super() cuts the chain
class Forgetful(Base):
    def __init__(self, **kw):
        log.append("Forgetful (no super)")
class Cut(Named, Forgetful, Sized):
    pass
c = Cut(name="n", size=1)
print(log, hasattr(c, "size")); log.clear()

# __new__ chain with the same pattern
class NewA:
    def __new__(cls, *a, **k):
        log.append(f"NewA.__new__ {cls.__name__}")
        return super().__new__(cls)
class NewB(NewA):
    def __new__(cls, *a, **k):
        log.append("NewB.__new__")
        return super().__new__(cls, *a, **k)
    def __init__(self, *a, **k):
        log.append(f"NewB.__init__ {a} {k}")
NewB(1, x=2)
print(log); log.clear()

# mixing a builtin base: list's __init__ consumes the iterable
class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
t = Tagged("abc", "letters")
print(t, t.tag, len(t))
check(lambda: Tagged("abc"))
