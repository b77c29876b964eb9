"""set iteration order (CPython's hash table layout): small and negative ints, strings under PYTHONHASHSEED=0, tuples, mixed types, after removals, after growth and after re-adding."""
print({3, 1, 2}, {10, 100, 1000, 5, 50}, {-1, -2, 0, 1, 2}, {2**61 - 1, 2**61, 0, 2**64, -(2**61)}, set(range(20, 0, -3)))
print({"apple", "banana", "cherry", "date"}, {"a", "b", "c", "d", "e", "f", "g"}, {"", "x", "xy", "xyz"})
print({(1, 2), (2, 1), (0,), (), ("a", 1)}, {1, "1", 1.5, (1,), None, True, b"1", frozenset()})
print({1.5, 2.5, -0.5, 1e300, float("inf")}, {0.1, 0.2, 0.3}, {1j, 2j, 1 + 1j})
s = set(range(50))
for i in range(0, 50, 2):
    s.discard(i)
print(s)
s.update(range(100, 140, 7))
print(s)
for i in list(s)[:10]:
    s.remove(i)
s.add(0)
s.add(2)
print(s)
g = set()
for w in "the quick brown fox jumps over the lazy dog".split():
    g.add(w)
    print(len(g), g)
print(frozenset("hello world"), set("mississippi"), frozenset(range(-5, 5)))
t = {i * 8 for i in range(10)}
print(t, {i * 1024 for i in range(8)}, {i * -7 for i in range(8)})
big = set(range(1000))
print(sum(big), len(big), list(big)[:5], list(big)[-5:])
print({x for x in "abcabc"}, sorted({"b", "a"}), list({5, 3, 9, 1})[0])
