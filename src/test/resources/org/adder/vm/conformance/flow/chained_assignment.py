"""Chained and multiple-target assignment: value evaluated once, targets assigned left to right, shared objects, swaps through subscripts."""

log = []
class Rec:
    def __init__(self, name): object.__setattr__(self, "name", name)
    def __setitem__(self, k, v):
        log.append(f"{self.name}[{k!r}] = {v!r}")
    def __setattr__(self, k, v):
        log.append(f"{self.name}.{k} = {v!r}")

def value():
    log.append("value computed")
    return 42

r1, r2 = Rec("r1"), Rec("r2")
r1["a"] = r2.attr = r1.other = value()
print(log); log.clear()

a = b = c = []
a.append(1)
print(a, b, c, a is b is c)

x = y = 0
x += 1
print(x, y)

# targets left to right: the first assignment affects the second target's subscript
i = 0
lst = [10, 20, 30]
i = lst[i] = 2
print(i, lst)
lst = [10, 20, 30]
lst[0], i = 1, 0
print(lst, i)

# a, b = b, a through list indices, and rotated triples
v = [1, 2, 3]
v[0], v[2] = v[2], v[0]
print(v)
p, q, r = 1, 2, 3
p, q, r = q, r, p
print(p, q, r)

# unpacking into a chain
m = n = (1, 2)
(s, t) = u = m
print(m, n, s, t, u)
first, *rest = whole = "hello"
print(first, rest, whole)

# star expression on the right of return/yield and in subscripts
def f():
    a = [1, 2]
    return *a, 3
print(f())
def g():
    yield *range(2), "end"
print(list(g()))
d = {}
d[1, *(2, 3)] = "tuple key"
print(d)
# evaluation: right side first, then targets left to right (subscript expressions evaluated at assignment time)
def idx(n):
    log.append(f"idx {n}")
    return n
def rhs():
    log.append("rhs")
    return 9
r1[idx(1)] = r2[idx(2)] = rhs()
print(log)
