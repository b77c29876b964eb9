"""List copying and aliasing: slicing, list(), copy() are shallow; * repeats references; nested mutation visible through aliases; in-place ops keep identity while + creates new lists."""
a = [[1], [2]]
for label, b in [("slice", a[:]), ("list()", list(a)), ("copy()", a.copy()), ("comprehension", [x for x in a]), ("unpack", [*a])]:
    b[0].append("shared")
    b.append("only-b")
    print(label, a, b, b[0] is a[0], b is a)
    a[0].pop()
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2, grid2[0] is grid2[1])
x = [1, 2]
y = x
x = x + [3]
print(x, y)
x = y
x += [3]
print(x, y, x is y)
t = ([1],) * 2
t[0].append(2)
print(t)
lst = [1, 2, 3]
alias = lst
lst[:] = [9]
print(alias)
del lst[:]
print(alias, lst is alias)
n = [0]
n.append(n)
m = n.copy()
print(m, m[1] is n)
