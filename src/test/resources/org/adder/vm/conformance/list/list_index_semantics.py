"""List indexing semantics: negative and out-of-range indices, __index__ objects and bools as indices, slices clamping, assignment at -len, insert clamping, and exact IndexError/TypeError messages."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

L = list("abcde")
for i in (0, 4, -1, -5, 5, -6, True, False, 2**63, -(2**63)):
    check(lambda: L[i])
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
check(lambda: L[I(-2)])
check(lambda: L[I(1):I(-1)])
check(lambda: L[::I(-2)])
check(lambda: L[1.0])
check(lambda: L["1"])
check(lambda: L[None])
check(lambda: L[[0]])
def setat(i, v):
    M = list("abc")
    M[i] = v
    return M
check(lambda: setat(-3, "X"))
check(lambda: setat(-4, "X"))
check(lambda: setat(3, "X"))
check(lambda: setat(I(1), "X"))
def ins(i):
    M = list("abc")
    M.insert(i, "N")
    return M
for i in (0, 3, 10, -1, -3, -10, 2**70, -(2**70)):
    check(lambda: ins(i))
check(lambda: [][0])
check(lambda: [].__getitem__(-1))
check(lambda: list.__getitem__(L, slice(1, 3)))
check(lambda: L[-100:100:1])
check(lambda: L[3:-100:-1])
check(lambda: L[2**100:])
check(lambda: L[:-2**100])
