"""for over many iterable kinds: dicts (order, mutation error), sets, strings, ranges, custom __iter__, __getitem__ fallback."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

d = {"b": 1, "a": 2, 3: "c"}
print([k for k in d], [v for v in d.values()], [kv for kv in d.items()])
s = {5, 3, 1, "x", (1, 2)}
print([x for x in s])
print([c for c in "héllo"], [b for b in b"hi"], [x for x in bytearray(b"\x00\xff")])
print([i for i in range(-3, 3)], [i for i in range(10, -10, -7)])
print([x for x in reversed([1, 2, 3])], [x for x in reversed(range(4))])
print([t for t in zip("ab", range(5))], [e for e in enumerate("xy", start=10)])

def mutate_dict():
    dd = {1: 1}
    for k in dd:
        dd[k + 1] = 1
check(mutate_dict)
def mutate_set():
    ss = {1}
    for k in ss:
        ss.add(k + 1)
check(mutate_set)
def shrink_dict():
    dd = {1: 1, 2: 2}
    for k in dd:
        del dd[2]
check(shrink_dict)

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        print("__iter__ called")
        return self
    def __next__(self):
        if self.n <= 0:
            print("StopIteration")
            raise StopIteration
        self.n -= 1
        return self.n
for v in Countdown(3):
    print("got", v)

class Old:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Old()))

class KeyErrStops:
    def __getitem__(self, i):
        raise KeyError(i)
check(lambda: list(KeyErrStops()))
check(lambda: [x for x in 5])
check(lambda: [x for x in None])
class IterReturnsNonIter:
    def __iter__(self): return 1
check(lambda: [x for x in IterReturnsNonIter()])
class NotIter:
    __iter__ = None
check(lambda: [x for x in NotIter()])

# the iterator is created once; break leaves it positioned
it = iter(range(10))
for x in it:
    if x == 3:
        break
print("resumed:", list(it))

# for with a tuple target and attribute/subscript targets
class NS: pass
ns = NS()
lst = [None, None]
for ns.attr, lst[0] in [(1, 2), (3, 4)]:
    pass
print(ns.attr, lst)
