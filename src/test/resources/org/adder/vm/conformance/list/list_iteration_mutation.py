"""Mutating lists while iterating: appending, removing, clearing during for loops; iterator state after exhaustion; reversed() of a list that changes; list.__iter__ and __reversed__."""
a = [1, 2, 3]
for x in a:
    print("visit", x)
    if x == 1:
        a.append(4)
    if x == 3:
        a.remove(3)
print(a)
b = [1, 2, 3, 4, 5]
for x in b:
    print("seen", x)
    b.remove(x)
print(b)
c = [1, 2, 3]
it = iter(c)
print(next(it))
c.clear()
print(list(it), list(it))
c.extend([7, 8])
print(list(it))
d = [1, 2, 3]
r = reversed(d)
print(next(r))
d.pop()
d.pop()
print(list(r))
e = [1, 2, 3]
r = reversed(e)
e.append(4)
print(list(r))
f = []
it = iter(f)
print(next(it, "empty"))
f.append(1)
print(next(it, "still exhausted?"))
g = [10, 20, 30]
it = iter(g)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
rv = reversed(g)
print(rv.__length_hint__(), list(rv), rv.__length_hint__())
h = [1, 2, 3]
for i, x in enumerate(h):
    h[i] = x * 10
print(h)
k = list(range(5))
print([k.pop() for _ in range(len(k))], k)
print(type(iter([])).__name__, type(reversed([])).__name__, type(iter(())).__name__)
