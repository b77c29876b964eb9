"""Equal sets built in different insertion orders can iterate differently (collisions resolved by arrival): shown with small ints modulo the table size, strings, and after copies; equality and hashes still agree."""
a = {8, 16, 0, 24}
b = {0, 8, 16, 24}
c = {24, 16, 8, 0}
print(a, b, c, a == b == c, hash(frozenset(a)) == hash(frozenset(c)))
print(list(a.copy()), list(set(a)), list(frozenset(c)), list(a | set()), list(set(sorted(a))))
x = set()
for v in (1, 9, 17, 25, 33):
    x.add(v)
y = set()
for v in (33, 25, 17, 9, 1):
    y.add(v)
print(x, y, x == y)
s1 = {"alpha", "beta", "gamma", "delta"}
s2 = {"delta", "gamma", "beta", "alpha"}
print(s1, s2, s1 == s2, list(s1) == list(s2))
grown = set(range(0, 64, 8))
for v in range(100, 110):
    grown.add(v)
print(grown)
grown.difference_update(range(100, 110))
print(grown, grown == set(range(0, 64, 8)))
