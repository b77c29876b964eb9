"""int: << and >> on positive, negative and big values; negative and huge shift counts and their errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for v in (0, 1, -1, 5, -5, 2**63 - 1, -(2**63), 10**25, -(10**25)):
    print(v, [v << n for n in (0, 1, 7, 63, 64)], [v >> n for n in (0, 1, 7, 63, 64, 200)])
print(-1 >> 10**30, 1 >> 10**30, 0 << 10**30, -(10**25) >> 10**20)
check(lambda: 1 << -1)
check(lambda: 1 >> -1)
check(lambda: 1 << -(10**30))
check(lambda: 1 >> -(10**30))
check(lambda: 0 << -1)
check(lambda: 1 << 2.0)
check(lambda: 1.0 << 2)
check(lambda: 1 >> "2")
check(lambda: 1 << None)
print(True << 3, False >> 1, True << True, -True >> 1)
print(int.__lshift__(3, 4), int.__rshift__(-100, 3), int.__rlshift__(2, 5), int.__rrshift__(2, 100))
print((-7) >> 1, (-7) // 2, (-8) >> 2, (-9) >> 2, (7) >> 1)
print((1 << 100) >> 99, ((1 << 100) - 1) >> 98, (-(1 << 100)) >> 99, (-(1 << 100) + 1) >> 99)
x = 3
x <<= 70
print(x)
x >>= 69
print(x)
