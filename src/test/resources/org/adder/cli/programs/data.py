"""Builtin data: slicing, unpacking, augmented assignment, big ints, floats, bytes, sorting."""
seq = list(range(20))
print(seq[::3], seq[-5:-1], seq[7:2:-2])
first, *middle, last = "abcdef"
print(first, middle, last)
(a, b), c = (1, 2), 3
a, b = b, a
print(a, b, c)
n = 1
for _ in range(70):
    n *= 3
print(n, n.bit_length(), -n // 7, divmod(-17, 5), 2 ** -2, 10 / 4, 7 % -3)
print(0.1 + 0.2, round(2.675, 2), float("inf") > 1e308, int("ff", 16), 1_000_000)
data = b"hello\x00world"
print(data.split(b"\x00"), data.hex(), bytes(reversed(data[:5])))
people = [("bob", 25), ("amy", 31), ("cy", 25)]
print(sorted(people, key=lambda p: (p[1], p[0])), max(people, key=lambda p: p[1])[0])
s = {1, 2, 3} | {3, 4}
s &= {2, 3, 4, 5}
print(sorted(s), frozenset("aab") == {"a", "b"}, "b" in {"a", "b"})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, list(counts.items())[-1])
print(not [] and "empty", [] or "default", 1 < 2 < 3 > 0, None is None is not False)
