"""int: // % divmod with every sign combination, small and big operands, and ZeroDivisionError messages."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 10**20),
         (-1, 10**20), (10**20, 7), (-(10**20), 7), (10**20, -7), (-(10**20), -(10**19 + 3)),
         (2**63, -1), (-(2**63), -1), (2**64 + 5, 2**32), (-(2**64) - 5, 2**32)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r, q * b + r == a)
check(lambda: 1 // 0)
check(lambda: 1 % 0)
check(lambda: divmod(1, 0))
check(lambda: (10**30) // 0)
check(lambda: (10**30) % 0)
check(lambda: 0 // 0)
check(lambda: 5 / 0)
check(lambda: divmod(10**30, 0))
check(lambda: divmod(1, "2"))
check(lambda: 1 // "2")
check(lambda: "2" % 1)
check(lambda: 7 // 2.0)
check(lambda: -7 % 2.5)
check(lambda: divmod(-7, 2.0))
print(7 / 2, -7 / 2, 10**20 / 10**10, (2**64) / 3, 1 / 3)
check(lambda: 10**400 / 1)
check(lambda: 10**400 / 10**399)
check(lambda: 1 / 10**400)
check(lambda: (10**400 + 1) / (10**400))
check(lambda: 2**1100 / 3)
check(lambda: divmod(True, False))
print(True // True, -True % 2, divmod(-True, 3))
