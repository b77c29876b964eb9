"""list methods: append extend insert pop remove index count clear copy reverse, with negative/out-of-range positions, start/stop in index, and every error message."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a = [3, 1, 4, 1, 5]
a.append(9)
a.extend([2, 6])
a.extend((5,))
a.extend("ab")
a.extend(x * 10 for x in range(2))
a.extend({7: 0})
print(a)
a.insert(0, "first")
a.insert(-1, "penult")
a.insert(100, "last")
a.insert(-100, "zero")
print(a)
print(a.pop(), a.pop(0), a.pop(-1), a.pop(2), a)
a.remove(1)
print(a, a.count(1), a.count("a"), a.count(99))
for args in [(1,), (5,), (5, 5), (5, -5), (4, 0, 3), ("a", -10, 100), (3, 1), (9, -100, -1)]:
    check(lambda: a.index(*args))
b = a.copy()
b.reverse()
print(b, a == b[::-1], b is not a)
b.clear()
print(b, len(b))
check(lambda: [].pop())
check(lambda: [1].pop(5))
check(lambda: [1].pop(-2))
check(lambda: [1].pop("0"))
check(lambda: [1, 2].remove(3))
check(lambda: [1, 2].index(3))
check(lambda: [1, 2, 3].index(3, 0, 2))
check(lambda: [1].index())
check(lambda: [1].index(1, "a"))
check(lambda: [1].insert(1))
check(lambda: [1].insert("a", 1))
check(lambda: [1].extend(5))
check(lambda: [1].extend(None))
check(lambda: [1].append())
check(lambda: [1].append(1, 2))
check(lambda: [1].count())
check(lambda: [1].copy(1))
check(lambda: list.append(5, 1))
check(lambda: [1].pop(2**70))
check(lambda: [1, 2].index(2, -(2**70), 2**70))
x = [1, 2]
x.extend(x)
print(x)
class Eq:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("Eq.__eq__", self.n, other)
        return other == 2
    def __repr__(self):
        return f"Eq({self.n})"
lst = [1, 2, 3]
print(lst.index(Eq(0)), lst.count(Eq(1)), Eq(2) in lst)
lst.remove(Eq(3))
print(lst)
