"""Set algebra on larger sets (hundreds of ints and strings): results' sizes, sums and iteration-order prefixes for union, intersection, difference and symmetric difference, in-place variants and comparisons."""
a = set(range(0, 600, 3))
b = set(range(0, 600, 5))
c = {str(i) for i in range(150)}
for name, r in [("|", a | b), ("&", a & b), ("-", a - b), ("^", a ^ b)]:
    print(name, len(r), sum(r), list(r)[:8], list(r)[-4:])
print(len(c), sorted(c)[:5], list(c)[:6])
d = set(a)
d &= b
d |= {1000, 2000}
d -= {0}
d ^= {15, 30, 7}
print(len(d), sorted(d)[:10], list(d)[:10])
print(a & b <= a, a | b >= b, (a - b).isdisjoint(b), a ^ b == (a | b) - (a & b), frozenset(a) & b == a & b)
e = set()
for i in range(300):
    e.add(i * 7 % 301)
    if i % 4 == 0:
        e.discard(i)
print(len(e), list(e)[:12], list(e)[-6:])
print(set(map(len, c)), {i % 7 for i in a}, sorted({i // 100 for i in b}))
