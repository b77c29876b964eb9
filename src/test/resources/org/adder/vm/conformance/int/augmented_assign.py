"""Augmented assignment: __iop__ first, then __op__, then __rop__ of the right operand; NotImplemented from __iop__; immutables rebinding; in-place on list items and attributes evaluates the target once."""
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("Acc.__iadd__", o)
        self.v += o
        return self
    def __isub__(self, o):
        print("Acc.__isub__ -> NotImplemented")
        return NotImplemented
    def __sub__(self, o):
        print("Acc.__sub__", o)
        return Acc(self.v - o)
    def __imul__(self, o):
        print("Acc.__imul__ returns None")
    def __repr__(self):
        return f"Acc({self.v})"
class R:
    def __rpow__(self, o):
        print("R.__rpow__", o)
        return "rpow"
    def __rfloordiv__(self, o):
        print("R.__rfloordiv__", o)
        return "rfloordiv"
a = Acc(1)
b = a
a += 5
print(a, a is b)
a -= 2
print(a, a is b)
a *= 3
print(a)
x = 2
x **= R()
print(x)
y = 7
y //= R()
print(y)
n = 10
for op in ("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="):
    m = 10**20 + 7
    exec(f"m {op} 3")
    print(op, m)
class Box:
    def __init__(self):
        self._items = [1, 2]
    @property
    def items(self):
        print("get items")
        return self._items
    @items.setter
    def items(self, v):
        print("set items", v)
        self._items = v
bx = Box()
bx.items += [3]
print(bx._items)
calls = []
def idx():
    calls.append("idx")
    return 0
lst = [[1]]
lst[idx()] += [2]
print(lst, calls)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
s = "ab"
s2 = s
s += "c"
print(s, s2)
try:
    q = 1
    q += "x"
except TypeError as e:
    print("TypeError:", e)
try:
    q = [1]
    q -= [1]
except TypeError as e:
    print("TypeError:", e)
