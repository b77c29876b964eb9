"""In-place operators: __iXXX__ first, fallback to __XXX__ then __rXXX__ of the other, NotImplemented chains, messages use the augmented symbol."""

log = []
class I:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
def add_inplace(sym):
    def m(self, o):
        log.append(f"__i{sym}__")
        return f"i{sym}"
    return m
def add_plain(sym):
    def m(self, o):
        log.append(f"__{sym}__")
        return f"{sym}"
    return m
names = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"]
for nm in names:
    setattr(I, f"__i{nm}__", add_inplace(nm))
class P:
    def __repr__(self): return "P"
for nm in names:
    setattr(P, f"__{nm}__", add_plain(nm))

ops = ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "|="]
for op in ops:
    ns = {"x": I("i"), "y": P(), "log": log}
    log.clear()
    exec(f"x {op} 1\ny {op} 1", ns)
    print(op, ns["x"], ns["y"], log)

class OnlyRight:
    def __radd__(self, o):
        log.append("OnlyRight.__radd__")
        return "radd result"
class LeftNI:
    def __iadd__(self, o):
        log.append("LeftNI.__iadd__")
        return NotImplemented
    def __add__(self, o):
        log.append("LeftNI.__add__")
        return NotImplemented
log.clear()
v = LeftNI()
v += OnlyRight()
print(v, log)

for op in ops:
    ns = {"z": LeftNI()}
    try:
        exec(f"z {op} object()", ns)
    except TypeError as e:
        print(op, "TypeError:", e)

# in-place on builtins: int rebinding, list in place, set operators, dict |=
a = 5; b = a; a += 1
print(a, b)
s = {1, 2}; s2 = s
s |= {3}; s -= {1}; s &= {2, 3, 4}; s ^= {9}
print(s, s is s2)
d = {"a": 1}; d2 = d
d |= {"b": 2}
d |= [("c", 3)]
print(d, d is d2)
try:
    d | [("x", 1)]
except TypeError as e:
    print("TypeError:", e)
lst = [1]; lst *= 3
print(lst)
lst *= 0
print(lst)
try:
    lst *= 1.5
except TypeError as e:
    print("TypeError:", e)
