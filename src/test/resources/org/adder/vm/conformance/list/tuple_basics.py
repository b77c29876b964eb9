"""tuple: construction, index/count with ranges, slicing, +, * with negatives, hash (equal for equal contents, unhashable members), tuple subclasses, and error messages."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.index(1, -1), t.count(2), t.count(9), t[1:4], t[::-1], t[::2], t[-100:100], t[3:1])
print(t + (4,), (4,) + t, t * 2, t * 0, t * -1, 2 * (0,), () * 5, tuple("ab"), tuple([1]), tuple(range(3)), tuple({1: 2}))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()), hash((1,)), hash((1, 2)), hash((-1,)), hash(((),)))
print(hash(("a", 1)) == hash(("a", 1)), hash((1, (2, 3))), hash((None,)), hash((True, False)))
check(lambda: t.index(9))
check(lambda: t.index(3, 0, 2))
check(lambda: t[5])
check(lambda: t[-6])
check(lambda: t["1"])
check(lambda: t + [1])
check(lambda: t + 1)
check(lambda: [1] + t)
check(lambda: t * 1.5)
check(lambda: t * (2**62))
check(lambda: hash((1, [2])))
check(lambda: hash((1, {})))
check(lambda: {(1, [2]): 0})
check(lambda: tuple(5))
check(lambda: tuple(1, 2))
check(lambda: tuple(iterable=[1]))
check(lambda: t.count())
def setitem():
    t[0] = 5
check(setitem)
def delitem():
    del t[0]
check(delitem)
check(lambda: t.append(1))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __repr__(self):
        return f"Point{tuple.__repr__(self)}"
p = Point(1, 2)
print(p, p[0], p + (3,), type(p + (3,)).__name__, type(p[:1]).__name__, p == (1, 2), hash(p) == hash((1, 2)), len(p))
x, y = p
print(x, y, tuple(p), type(tuple(p)).__name__, tuple(p) is p)
e = ()
print(tuple() == (), len(e), bool(e), bool((0,)), (1, 2) != (1, 3))
a, *rest = (1, 2, 3)
*init, last = (1,)
print(a, rest, init, last)
check(lambda: exec("a, b = (1, 2, 3)"))
check(lambda: exec("a, b, c = (1, 2)"))
check(lambda: exec("a, *b, c = (1,)"))
check(lambda: exec("a, b = 5"))
