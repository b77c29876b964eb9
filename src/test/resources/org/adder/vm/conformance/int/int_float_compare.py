"""int vs float comparisons across magnitudes: exactness beyond 2**53, huge ints vs inf, nan, -0.0, and equality/hash agreement."""
big = 2**53
pairs = [(big, float(big)), (big + 1, float(big)), (big + 1, float(big + 1)), (2**63, 2.0**63), (2**63 - 1, 2.0**63),
         (10**400, float("inf")), (-(10**400), float("-inf")), (10**400, 1e308), (0, -0.0), (1, 1.0000000000000002),
         (3, float("nan")), (2**1024, 1.7976931348623157e308), (-(2**1024), -1.7976931348623157e308),
         (10**16 + 1, 1e16), (-(10**16) - 1, -1e16), (123456789012345678901234567890, 1.2345678901234568e29)]
for i, f in pairs:
    print(i == f, i != f, i < f, i <= f, i > f, i >= f, f == i, f < i, f > i)
print(hash(big) == hash(float(big)), hash(2**63) == hash(2.0**63), hash(0) == hash(-0.0), hash(10**20) == hash(1e20))
print(1 == 1.0, {1: "a"}[1.0], {1.0: "b"}[True], 1.0 in {1}, 2**53 + 1 in {2.0**53})
print(sorted([3, 2.5, -1, 10**20, 1e19, -0.0, 0, True]))
print(max(2**53 + 1, float(2**53 + 1)), min(float(2**53), 2**53), max(1.0, 1), max(1, 1.0))
print(float(2**53 + 1), float(2**64 - 1), float(-(2**63) - 1), float(10**22), float(10**23))
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
check(lambda: float(10**309))
check(lambda: float(-(2**1024)))
check(lambda: float(2**1024 - 2**970))
check(lambda: float(2**1024 - 2**971))
check(lambda: 10**309 + 1.0)
check(lambda: 10**309 * 0.0)
check(lambda: 10**309 < 1.0)
check(lambda: 1 < "a")
check(lambda: 1.0 >= None)
check(lambda: 1 == "1")
check(lambda: (1).__lt__(1.5))
check(lambda: (1.5).__gt__(1))
check(lambda: (1).__eq__(1.0))
