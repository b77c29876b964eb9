"""Set comprehensions, set() of iterables with duplicates, pop order, set.clear during iteration error, min/max/sum/sorted of sets, and membership with numeric equivalence (1 == 1.0 == True)."""
print({x % 4 for x in range(20)}, {c for c in "banana"}, {(x, x % 2) for x in range(4)}, set("aAbB".lower()))
s = {5, 1, 9, 3, 7}
popped = []
while s:
    popped.append(s.pop())
print(popped)
t = set(range(10))
try:
    for x in t:
        t.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
print(t)
u = {3.5, 1, True, 2.0, 10**20}
print(u, min(u), max(u), sum(u), sorted(u), 1.0 in u, 2 in u, True in {1.0}, 0 in {False}, 0.0 in {-0.0})
print(len({1, 1.0, True}), {1, 1.0, True}, {True, 1.0, 1}, {1.0, 1, True})
print({"a", "b"} | set(), set() | {"a"}, set([1, 2]) == {2, 1}, set({1: 2}), set({1: 2}.items()), set(range(0)))
