"""Builtin sum: int/float/complex/bool mixes, start argument (positional and keyword), float precision (3.12 uses compensated summation), user __add__/__radd__ traces, and errors for str/bytes starts."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

check(lambda: sum([]))
check(lambda: sum([], 5))
check(lambda: sum([1, 2, 3], start=10))
check(lambda: sum([True, True, False]))
check(lambda: sum([0.1] * 10))
check(lambda: sum([1e100, 1.0, -1e100]))
check(lambda: sum([1, 0.5, 1j]))
check(lambda: sum([2**64, 2**64, -1]))
check(lambda: sum(range(101)))
check(lambda: sum([0.1, 0.2, 0.3], 1))
check(lambda: sum([float("inf"), 1]))
check(lambda: sum([float("inf"), float("-inf")]))
check(lambda: sum([-0.0, -0.0]))
check(lambda: sum([], -0.0))
check(lambda: sum([[1], [2, 3]], []))
check(lambda: sum([(1,), (2,)], ()))
check(lambda: sum(["a", "b"], ""))
check(lambda: sum([b"a"], b""))
check(lambda: sum([bytearray(b"a")], bytearray(b"")))
check(lambda: sum(["a", "b"]))
check(lambda: sum([1, "a"]))
check(lambda: sum(5))
check(lambda: sum())
check(lambda: sum([1], 2, 3))
check(lambda: sum([[1]]))
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("Acc.__add__", self.v, o if not isinstance(o, Acc) else f"Acc({o.v})")
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o):
        print("Acc.__radd__", self.v, o)
        return Acc(self.v + o)
    def __repr__(self):
        return f"Acc({self.v})"
check(lambda: sum([Acc(1), Acc(2), 3]))
check(lambda: sum([Acc(1)], Acc(10)))
check(lambda: sum([1, 2.5, Acc(4)]))
