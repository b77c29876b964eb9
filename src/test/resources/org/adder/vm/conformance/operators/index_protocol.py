"""__index__: used by slicing, sequence repetition and indexing, bin/oct/hex, range, operator-like builtins; wrong return types."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v
lst = list(range(10))
check(lambda: lst[Idx(3)])
check(lambda: lst[Idx(1):Idx(7):Idx(2)])
check(lambda: "abcdef"[Idx(-1)])
check(lambda: [0] * Idx(3))
check(lambda: Idx(2) * "ab")
check(lambda: (bin(Idx(5)), oct(Idx(8)), hex(Idx(255))))
check(lambda: list(range(Idx(2), Idx(8), Idx(3))))
check(lambda: range(10)[Idx(4)])
check(lambda: int(Idx(9)))
check(lambda: (1 << Idx(3)))
check(lambda: bytes(Idx(3)))
check(lambda: "x".center(Idx(5)))
check(lambda: round(2.567, Idx(2)))
check(lambda: slice(Idx(1), Idx(5)).indices(Idx(3)))

class BadIndex:
    def __index__(self): return 1.5
class StrIndex:
    def __index__(self): return "3"
class NoIndex:
    pass
check(lambda: lst[BadIndex()])
check(lambda: lst[StrIndex()])
check(lambda: lst[NoIndex()])
check(lambda: lst[1.0])
check(lambda: lst["1"])
check(lambda: lst[NoIndex():])
s, t, fl = "abc", (1, 2), 1.5
check(lambda: s[fl])
check(lambda: t[None])
check(lambda: range(NoIndex()))
check(lambda: range(1.0))
check(lambda: bin(1.0))
check(lambda: hex("a"))
check(lambda: [1] * 1.5)
check(lambda: [1] * NoIndex())
check(lambda: lst[2**100])
check(lambda: lst[-2**100])
check(lambda: lst[2**100:])
check(lambda: [0] * 2**100)

# int subclasses are ints: used directly without calling __index__
class IntSub(int):
    pass
check(lambda: lst[IntSub(4)])
check(lambda: True and lst[True])
check(lambda: hex(IntSub(255)))
# None in slices means default
check(lambda: lst[None:None:None])
check(lambda: lst[::0])
check(lambda: slice(1, 2, 3))
check(lambda: (slice(1, 10, 2).start, slice(1).stop, slice(None).step))
