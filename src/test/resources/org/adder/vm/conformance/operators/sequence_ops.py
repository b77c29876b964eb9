"""Sequence + and * on list/tuple/str/bytes/range: repetition counts (negative, zero, bool, huge), concatenation type errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

check(lambda: [1, 2] * 3)
check(lambda: 3 * (1,))
check(lambda: "ab" * -1)
check(lambda: [0] * 0)
check(lambda: "x" * True)
check(lambda: b"ab" * 2)
check(lambda: bytearray(b"z") * 3)
check(lambda: [[]] * 3)
l = [[]] * 3
l[0].append(1)
print(l)
check(lambda: "a" * 2.0)
check(lambda: "a" * "b")
check(lambda: [1] + (2,))
check(lambda: (1,) + [2])
check(lambda: "a" + 1)
check(lambda: 1 + "a")
check(lambda: b"a" + "b")
check(lambda: "b" + b"a")
check(lambda: bytearray(b"a") + b"b")
check(lambda: b"a" + bytearray(b"b"))
check(lambda: b"a" + memoryview(b"m"))
check(lambda: range(3) + range(2))
check(lambda: range(3) * 2)
check(lambda: {1} + {2})
check(lambda: {"a": 1} + {"b": 2})
check(lambda: (1,) * (2**100))
check(lambda: [1, 2] * -(2**100))
check(lambda: "abc" * 0 == "")
t = (1, 2)
t += (3,)
t *= 2
print(t)
s = "ab"
s *= 3
s += "!"
print(s)
class Seq:
    def __mul__(self, n): return f"Seq*{n}"
    def __rmul__(self, n): return f"{n}*Seq"
print(Seq() * 3, 3 * Seq(), [1] * 2)
class IntLike:
    def __index__(self): return 2
check(lambda: [7] * IntLike())
check(lambda: IntLike() * "ab")
check(lambda: "ab" * IntLike())
