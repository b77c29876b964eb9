"""slice objects: repr, attributes, indices() for positive/negative/None parts and huge values, equality and hashing (slices are hashable since 3.12), errors, and __index__ in slices."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for s in [slice(3), slice(1, 5), slice(None, None, -1), slice(-3, None, 2), slice(10, -10, -3), slice(None), slice(2**70, -(2**70), 5),
          slice("a", "b", "c")]:
    print(repr(s), s.start, s.stop, s.step)
for s in [slice(None), slice(1, 5), slice(-1, None, -1), slice(None, None, -2), slice(100, -100, -7), slice(-100, 100, 3), slice(0, 0),
          slice(5, 1), slice(-2**70, 2**70), slice(None, None, 2**70)]:
    print(repr(s), [s.indices(n) for n in (0, 1, 5, 10)])
check(lambda: slice(None, None, 0).indices(5))
check(lambda: slice(1).indices(-1))
check(lambda: slice("a").indices(5))
check(lambda: slice(1.5).indices(5))
check(lambda: slice(1).indices(2**70))
check(lambda: slice())
check(lambda: slice(1, 2, 3, 4))
check(lambda: slice(1) == slice(1))
check(lambda: slice(1, 2) == slice(1, 2, None))
check(lambda: slice(1, 2) < slice(1, 3))
check(lambda: hash(slice(1, 2)) == hash(slice(1, 2)))
check(lambda: {slice(1): 1}[slice(1)])
check(lambda: hash(slice([], 1)))
check(lambda: setattr(slice(1), "start", 0))
check(lambda: slice(1, 2, 3).__reduce__())
class Idx:
    def __index__(self):
        print("__index__")
        return 2
check(lambda: slice(Idx(), None).indices(5))
check(lambda: "abcdef"[slice(Idx(), None)])
class Get:
    def __getitem__(self, k):
        return k
g = Get()
print(g[1:2], g[::], g[:, 1], g[1:2, ...], g[::-1], g["a":], g[...])
