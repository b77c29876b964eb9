"""dict subclass hooks: fromkeys on a subclass goes through the subclass constructor and __setitem__, dict(subclass) copies without calling __getitem__, update() from a subclass with overridden keys()/__getitem__, and __or__ result types."""
class Loud(dict):
    def __init__(self, *a, **k):
        print("Loud.__init__", a, k)
        super().__init__(*a, **k)
    def __setitem__(self, k, v):
        print("Loud.__setitem__", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("Loud.__getitem__", k)
        return super().__getitem__(k)
    def keys(self):
        print("Loud.keys")
        return super().keys()
fk = Loud.fromkeys("ab", 0)
print(type(fk).__name__, fk)
plain = dict(fk)
print("dict(Loud) ->", plain)
u = {}
u.update(fk)
print("update(Loud) ->", u)
print({**fk})
merged = fk | {"c": 1}
print(type(merged).__name__, merged)
fk |= {"d": 2}
print(type(fk).__name__, fk)
class Ordered(dict):
    def keys(self):
        return ["z", "y"]
    def __getitem__(self, k):
        return k * 2
o = Ordered(a=1)
print(dict(o), {**o}, dict(**o), list(o), o["q"])
