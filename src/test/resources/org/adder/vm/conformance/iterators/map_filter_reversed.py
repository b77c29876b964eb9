"""map (multiple iterables, shortest wins, errors from the function), filter (None and predicate), reversed (sequences, __reversed__, errors), with laziness traces."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(list(map(str, [1, 2])), list(map(pow, [2, 3], [5, 2, 9])), list(map(lambda *a: a, "ab", "cde", "f")), list(map(len, [])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], 0.0, -1])), list(filter(str.isdigit, "a1b2")), list(filter(lambda x: x % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed(b"xy")), list(reversed(bytearray(b"ab"))))
check(lambda: map(str))
check(lambda: map())
check(lambda: list(map(1, [1])))
check(lambda: list(map(int, ["1", "x"])))
check(lambda: map(str, 5))
check(lambda: filter(None))
check(lambda: filter(None, 5))
check(lambda: list(filter(5, [1])))
check(lambda: reversed({1, 2}))
check(lambda: reversed(5))
check(lambda: reversed(iter([1])))
check(lambda: reversed())
check(lambda: reversed([1], [2]))
check(lambda: map(str, [1], foo=1))
class Seq:
    def __len__(self):
        print("__len__")
        return 3
    def __getitem__(self, i):
        print("__getitem__", i)
        return i * 10
class Rev:
    def __reversed__(self):
        print("__reversed__")
        return iter("zyx")
class NoneRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
print(list(reversed(Seq())))
print(list(reversed(Rev())))
check(lambda: reversed(NoneRev()))
def noisy(x):
    print("calling noisy", x)
    return x * 2
m = map(noisy, [1, 2, 3])
print("created map")
print(next(m))
print(list(m))
f = filter(lambda x: print("pred", x) or x > 1, [1, 2, 3])
print("created filter")
print(list(f))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), type(r).__name__, type(reversed("ab")).__name__, type(reversed(range(2))).__name__)
