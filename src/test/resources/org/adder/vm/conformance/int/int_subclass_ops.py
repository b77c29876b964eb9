"""int subclasses: reflected operators of a subclass on the right are called first; NotImplemented fallbacks; trace of special-method calls."""
class Tr(int):
    def __add__(self, o):
        print("Tr.__add__", int(self), o)
        return NotImplemented
    def __radd__(self, o):
        print("Tr.__radd__", int(self), o)
        return "radd"
    def __sub__(self, o):
        print("Tr.__sub__", int(self), o)
        return int(self) - o
    def __rsub__(self, o):
        print("Tr.__rsub__", int(self), o)
        return NotImplemented
    def __lt__(self, o):
        print("Tr.__lt__", int(self), o)
        return NotImplemented
    def __gt__(self, o):
        print("Tr.__gt__", int(self), o)
        return NotImplemented
    def __eq__(self, o):
        print("Tr.__eq__", int(self), o)
        return NotImplemented
    __hash__ = int.__hash__
class Plain:
    def __radd__(self, o):
        print("Plain.__radd__", o)
        return "plain"
    def __rmul__(self, o):
        print("Plain.__rmul__", o)
        return NotImplemented
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t = Tr(5)
check(lambda: 1 + t)
check(lambda: t + 1)
check(lambda: t + t)
check(lambda: 10 - t)
check(lambda: t - 10)
check(lambda: 3 < t)
check(lambda: t < 3)
check(lambda: 5 == t)
check(lambda: t == 5)
check(lambda: t != 5)
check(lambda: 1 + Plain())
check(lambda: 2 * Plain())
check(lambda: 2.5 + Plain())
x = 1
x += Plain()
print(x)
class Same(int):
    def __radd__(self, o):
        print("Same.__radd__")
        return 0
class SameSub(Same):
    pass
check(lambda: Same(1) + Same(2))
check(lambda: Same(1) + SameSub(2))
class Over(int):
    def __radd__(self, o):
        print("Over.__radd__", o)
        return 99
class OverSub(Over):
    def __radd__(self, o):
        print("OverSub.__radd__", o)
        return 100
check(lambda: Over(1) + OverSub(2))
check(lambda: OverSub(1) + Over(2))
check(lambda: 7 + OverSub(2))
class IAdd(int):
    def __iadd__(self, o):
        print("IAdd.__iadd__", o)
        return IAdd(int(self) + o + 100)
y = IAdd(1)
y += 2
print(y, type(y).__name__)
y = 1
y += IAdd(2)
print(y, type(y).__name__)
