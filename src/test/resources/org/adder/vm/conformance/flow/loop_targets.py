"""for-loop targets of every form: attributes, subscripts, starred, nested tuples; target evaluation order per iteration."""

log = []
class Sink:
    def __setattr__(self, k, v):
        log.append(f".{k}={v!r}")
    def __setitem__(self, k, v):
        log.append(f"[{k!r}]={v!r}")
s = Sink()
def key(k):
    log.append(f"key {k}")
    return k

for s.attr in range(2):
    pass
print(log); log.clear()
for s[key("k")] in "ab":
    pass
print(log); log.clear()
for (s.a, s[key(0)]), s.b in [((1, 2), 3)]:
    pass
print(log); log.clear()

for a, *b in ["xyz", (1,), [1, 2]]:
    print(a, b)
for [p, (q, r)] in [(1, (2, 3))]:
    print(p, q, r)
for i, (ch, code) in enumerate(zip("ab", (97, 98))):
    print(i, ch, code)
d = {}
for d["last"] in [1, 2, 3]:
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
try:
    for x, y in [(1, 2), (3,)]:
        print(x, y)
except ValueError as e:
    print("ValueError:", e)
try:
    for x, y in [1]:
        pass
except TypeError as e:
    print("TypeError:", e)
