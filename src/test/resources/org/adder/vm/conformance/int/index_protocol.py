"""__index__: where ints are required (slicing, sequence repeat, bin/hex/oct, range, list indexing, operator methods) and the errors when it is missing or returns a non-int."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v
    def __repr__(self):
        return f"Idx({self.v})"
class BadIdx:
    def __index__(self):
        return "no"
class IntSub(int):
    pass
class RetIntSub:
    def __index__(self):
        return IntSub(3)
L = list(range(10))
check(lambda: L[Idx(3)])
check(lambda: L[Idx(-1)])
check(lambda: L[Idx(1):Idx(8):Idx(3)])
check(lambda: "abcdef"[Idx(2)])
check(lambda: (1, 2, 3)[Idx(5)])
check(lambda: [0] * Idx(3))
check(lambda: Idx(2) * "ab")
check(lambda: bin(Idx(10)))
check(lambda: hex(Idx(-255)))
check(lambda: oct(Idx(8)))
check(lambda: range(Idx(2), Idx(10), Idx(3)))
check(lambda: list(range(Idx(4))))
check(lambda: chr(Idx(65)))
check(lambda: L[BadIdx()])
check(lambda: bin(BadIdx()))
check(lambda: L[1.0])
check(lambda: L["a"])
check(lambda: "abc"[None])
check(lambda: bin(1.5))
check(lambda: hex("a"))
check(lambda: [1] * 1.5)
check(lambda: range(1.5))
check(lambda: L[RetIntSub()])
check(lambda: int(Idx(7)))
check(lambda: 5 + Idx(1))
check(lambda: (2).__pow__(Idx(2)))
check(lambda: pow(2, Idx(5), Idx(7)))
check(lambda: (Idx(3)).__index__())
check(lambda: int.__index__(True))
check(lambda: bytes(Idx(3)))
check(lambda: "{:x}".format(Idx(255)))
check(lambda: L.pop(Idx(0)))
check(lambda: L.insert(Idx(1), "x"))
print(L)
check(lambda: (10).to_bytes(Idx(2), "big"))
check(lambda: round(12345, Idx(-2)))
check(lambda: 1 << Idx(4))
check(lambda: L[10**100])
check(lambda: L[-(10**100)])
check(lambda: L[10**100:])
