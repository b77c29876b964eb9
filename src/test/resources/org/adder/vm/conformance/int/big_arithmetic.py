"""int: arithmetic on big values crossing the machine-word boundary: + - * with carries, signs, reprs."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

M = 2**63
values = [0, 1, -1, M - 1, M, -M, -M - 1, 2**64, 2**64 - 1, -(2**64), 10**30, -(10**30) + 7, 3**100]
for a in values[:7]:
    for b in values[7:]:
        print(a, b, a + b, a - b, b - a)
print(M * M, -M * M, (M - 1) * (M + 1))
print(3**100 * 7**50)
print(2**1000 - 2**999 == 2**999)
print(sum(values), -sum(values))
print(-(-M), abs(-M), +(-M), ~M, ~(-M - 1))
x = 1
for i in range(1, 40):
    x *= i
print(x)
print(x // (2**30), x % (2**30))
print(type(M * 0), M * 0, M - M, repr(-0 * M))
print(10**50 + 10**-0, 10**18 * 10**18)
check(lambda: 10**50 + "a")
check(lambda: "a" * 10**50)
check(lambda: [1] * (2**63))
check(lambda: 10**50 - None)
check(lambda: 2**64 * 1.5)
check(lambda: (2**64) * (1 + 1j))
print(int.__add__(M, 1), int.__sub__(1, M), int.__mul__(M, -2))
print(int.__add__(1, 1.5))
print((10**20).__radd__(5), (10**20).__rsub__(5))
print(True + M, False - M, True * (10**20))
