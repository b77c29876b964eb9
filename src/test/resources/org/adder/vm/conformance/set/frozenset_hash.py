"""frozenset hashing: equal sets hash equal regardless of construction order, empty frozenset hash, hash values for small sets, frozensets as dict keys and set members, set unhashability."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

samples = [frozenset(), frozenset({0}), frozenset({1}), frozenset({1, 2}), frozenset({2, 1}), frozenset("abc"), frozenset(range(10)),
           frozenset({(1, 2)}), frozenset({frozenset({1})}), frozenset({-1}), frozenset({-2}), frozenset({1.5, 2.5}), frozenset({None})]
for s in samples:
    print(s, hash(s))
print(hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])), hash(frozenset(range(100))) == hash(frozenset(reversed(range(100)))))
print(hash(frozenset({1, 2})) == hash(frozenset({1.0, 2.0})), frozenset({1}) == {1}, hash(frozenset()) == hash(frozenset([])))
d = {frozenset({1, 2}): "a", frozenset(): "empty"}
print(d[frozenset({2, 1})], d[frozenset()], {1, 2} in [frozenset({1, 2})], d.get(frozenset({1})))
check(lambda: d[{1, 2}])
check(lambda: hash({1}))
check(lambda: {{1}})
check(lambda: frozenset([[1]]))
check(lambda: frozenset([1], [2]))
check(lambda: frozenset(x=1))
check(lambda: frozenset(5))
f = frozenset("ab")
print(frozenset(f) is f, f.copy() is f, type(f.copy()).__name__, frozenset() == frozenset(), repr(frozenset()), repr(set()))
class F(frozenset):
    pass
g = F("ab")
print(repr(g), type(g.copy()).__name__, F(g) is g, hash(g) == hash(frozenset("ab")), repr(F()))
check(lambda: f.add(1))
check(lambda: f.discard(1))
check(lambda: f.update([1]))
