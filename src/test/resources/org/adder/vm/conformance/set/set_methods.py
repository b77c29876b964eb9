"""set methods: add remove discard pop clear copy update intersection_update difference_update symmetric_difference_update union intersection difference symmetric_difference issubset issuperset isdisjoint, multiple arguments, and errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a = {1, 2, 3, 4}
b = [3, 4, 5]
print(a.union(b), a.union(b, "ab", range(2)), a.union(), a.intersection(b), a.intersection(b, [4]), a.intersection())
print(a.difference(b), a.difference(b, {1}), a.difference(), a.symmetric_difference(b), a.symmetric_difference(iter([1, 9])))
print(a.issubset(range(10)), a.issubset([1, 2]), a.issuperset([1, 2]), a.issuperset("a"), a.isdisjoint([7, 8]), a.isdisjoint(iter([4])))
c = set(a)
c.add(10)
c.add(10)
c.discard(99)
c.remove(1)
print(c, c.pop() in {2, 3, 4, 10}, len(c))
c.update([7], (8,), {9})
c.intersection_update(range(8, 12), [8, 9, 10, 11])
print(c)
c.difference_update([8], [])
c.symmetric_difference_update([9, 100])
print(c)
d = c.copy()
d.clear()
print(d, c)
check(lambda: set().pop())
check(lambda: {1}.remove(2))
check(lambda: {1}.remove([1]))
check(lambda: {1}.discard([1]))
check(lambda: {1}.add([1]))
check(lambda: {1}.add({}))
check(lambda: {1}.union(5))
check(lambda: {1}.intersection(None))
check(lambda: {1}.issubset(1))
check(lambda: {1}.isdisjoint(2))
check(lambda: {1}.update([[1]]))
check(lambda: {1}.symmetric_difference_update(3))
check(lambda: {1}.symmetric_difference([1], [2]))
check(lambda: set.add(frozenset(), 1))
check(lambda: {1}.add())
check(lambda: {1} in {frozenset({1})})
check(lambda: {1}.remove({1}))
e = {frozenset({1}), 2}
e.remove({1})
e.discard({2})
print(e)
try:
    {1}.remove((1, 2))
except KeyError as err:
    print(repr(err), err.args)
class S(set):
    pass
s = S([1, 2])
print(type(s.union([3])).__name__, type(s | {3}).__name__, type(s.copy()).__name__, type({3} | s).__name__, s)
