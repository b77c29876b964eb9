"""Augmented assignment evaluation order: a[f()] += g(), attribute targets, __iadd__ vs __add__ fallback, immutables."""

log = []
def f(tag, value):
    log.append(tag)
    return value

class Seq:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        log.append(f"getitem {k!r}")
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        log.append(f"setitem {k!r} {v!r}")
        self.d[k] = v

s = Seq()
s[f("key", "k")] += f("value", 5)
print(log); log.clear()

s[f("k1", 1), f("k2", 2)] *= f("v", 3)
print(log); log.clear()

f("obj", s)[f("key", "z")] -= f("v", 1)
print(log); log.clear()

class Obj:
    def __getattr__(self, name):
        log.append(f"getattr {name}")
        return 100
    def __setattr__(self, name, value):
        log.append(f"setattr {name} {value}")
        object.__setattr__(self, name, value)
o = Obj()
f("target", o).attr += f("rhs", 1)
print(log, o.attr); log.clear()

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, other):
        log.append("__add__")
        return Num(self.v + other)
    def __iadd__(self, other):
        log.append("__iadd__")
        self.v += other
        return self
    def __repr__(self): return f"Num({self.v})"
class AddOnly:
    def __init__(self, v): self.v = v
    def __add__(self, other):
        log.append("AddOnly.__add__")
        return AddOnly(self.v + other)
    def __repr__(self): return f"AddOnly({self.v})"
class IaddNotImpl:
    def __iadd__(self, other):
        log.append("__iadd__ NotImplemented")
        return NotImplemented
    def __add__(self, other):
        log.append("__add__ fallback")
        return "added"

n = Num(1); m = n; n += 2
print(n, m, n is m, log); log.clear()
a = AddOnly(1); b = a; a += 2
print(a, b, a is b, log); log.clear()
x = IaddNotImpl(); x += 1
print(x, log); log.clear()

# lists extend in place, tuples rebind
l1 = [1]; l2 = l1; l1 += [2]
print(l1, l2, l1 is l2)
t1 = (1,); t2 = t1; t1 += (2,)
print(t1, t2, t1 is t2)
l3 = [1]
l3 += "ab"
print(l3)
try:
    l4 = [1]
    l4 = l4 + "ab"
except TypeError as e:
    print("TypeError:", e)

# the famous tuple-containing-list case: mutation happens, then the store fails
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)

# every augmented operator on ints
v = 17
for op in ("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="):
    ns = {"v": 17}
    exec(f"v {op} 3", ns)
    print(op, ns["v"])
try:
    z = 1
    z @= 2
except TypeError as e:
    print("TypeError:", e)
try:
    undefined_name += 1
except NameError as e:
    print("NameError:", e)
