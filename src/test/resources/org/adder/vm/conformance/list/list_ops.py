"""list operators: + and += (any iterable), * and *= with negatives and aliasing, in, len, del, list() of various iterables, concatenation errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a = [1, 2]
b = a
a += (3, 4)
a += "xy"
a += range(2)
a += {9: 0}
print(a, b is a)
c = [0] * 3
d = [[]] * 3
d[0].append("shared")
print(c, d, [1, 2] * 0, [1, 2] * -3, [] * 10, 3 * ["a"], [None] * 2)
e = [1, 2]
f = e
e *= 2
print(e, f is e)
e *= 0
print(e, f)
check(lambda: [1] + (2,))
check(lambda: [1] + "a")
check(lambda: [1] + None)
check(lambda: (1,) + [2])
check(lambda: [1] * 1.0)
check(lambda: [1] * "2")
check(lambda: [1] * [2])
check(lambda: [1, 2] * (2**62))
check(lambda: [1] - [1])
def iadd_int():
    x = [1]
    x += 5
check(iadd_int)
def imul_float():
    x = [1]
    x *= 2.0
check(imul_float)
print(1 in [1, 2], "a" in ["ab"], [1] in [[1]], None in [], 1.0 in [1], (1,) in [[1]])
print(list(), list("abc"), list((1, 2)), list({"k": 1, "j": 2}), list({3, 1, 2}), list(range(3)), list(map(str, [1, 2])), list(b"ab"))
print(list({"a": 1}.items()), list(iter([5])), list(zip([1, 2], "ab")), list(enumerate("xy")), list(reversed([1, 2, 3])))
check(lambda: list(5))
check(lambda: list(None))
check(lambda: list([1], [2]))
check(lambda: list(x=1))
g = [1, 2, 3, 4]
del g[1]
print(g)
del g[-1]
print(g, len(g))
class L(list):
    def __add__(self, o):
        print("L.__add__")
        return L(list.__add__(self, o))
    def __radd__(self, o):
        print("L.__radd__")
        return "radd"
print([1] + L([2]), L([1]) + [2], type(L([1]) + [2]).__name__, type(L([1]) * 2).__name__, type(L([1])[:]).__name__)
