"""dict insertion order: re-insertion after delete moves to the end, updating keeps position, popitem LIFO, order after many deletions and growth, equality ignores order."""
d = {}
for k in "qwerty":
    d[k] = ord(k)
print(list(d))
del d["w"]
d["w"] = 0
d["q"] = "updated"
print(d)
d.update({"e": "e2", "new": 1})
print(list(d.items()))
print([d.popitem() for _ in range(3)], d)
big = {i: i for i in range(100)}
for i in range(0, 100, 3):
    del big[i]
for i in range(200, 190, -1):
    big[i] = -i
print(list(big)[:10], list(big)[-12:], len(big))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
x = dict.fromkeys("abcde")
for k in "bd":
    x.pop(k)
x["b"] = 1
print(list(x), list(reversed(x)), list(reversed(x.items())))
y = {}
y[3] = "three"
y[1] = "one"
y[2] = "two"
print(sorted(y), list(y), min(y), max(y, key=y.get))
s = {-1: "a", -2: "b", 2**61 - 1: "c", 0: "d", 2**64: "e"}
print(list(s), s)
z = {}
for i in range(20):
    z[i] = i
    if i % 2:
        del z[i - 1]
print(z)
