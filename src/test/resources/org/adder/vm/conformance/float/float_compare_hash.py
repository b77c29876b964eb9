"""float: comparisons with ints and floats (nan, -0.0, inf, huge ints), total ordering of sorted lists with nan, hash of floats incl. nan and -0.0."""
inf, nan = float("inf"), float("nan")
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1e300, inf, -inf, 2.0**62, 2.0**61, 2.0**64, 1e-300, 5e-324, 0.1, 2.0**61 - 1024, 1e22]
for v in vals:
    print(repr(v), hash(v), hash(v) == hash(int(v)) if v not in (inf, -inf) and v.is_integer() else "-")
print(hash(inf), hash(-inf), hash(nan) == hash(nan), hash(-0.0), hash(0.5) == hash(-0.5), hash(-0.5))
print(nan == nan, nan != nan, nan < 1, nan >= nan, [nan] == [nan], (nan,) == (nan,), nan in [nan], nan is nan)
n2 = float("nan")
print([nan] == [n2], nan in [n2], {nan: 1}.get(n2), len({nan, n2}), len({nan, nan}))
print(-0.0 == 0.0, -0.0 < 0.0, 0.0 == 0, -0.0 == 0, inf == 10**400, inf > 10**400, -inf < -(10**400))
print(sorted([3.0, -0.0, 0.0, -inf, 2, inf, 0, False]), sorted([0.0, -0.0]), sorted([-0.0, 0.0]))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
print(1.0 == True, 0.0 == False, 1.5 > True, {1.0: "a", True: "b", 1: "c"})
print({0.0: "z", -0.0: "m", 0: "i", False: "f"}, {-0.0, 0.0, 0})
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
check(lambda: 1.0 < "1")
check(lambda: 1.0 < 1j)
check(lambda: 1.0 == 1 + 0j)
check(lambda: 1.5 == 1.5 + 0j)
check(lambda: (1.0).__lt__("x"))
check(lambda: (1.0).__eq__(1))
check(lambda: (1.0).__le__(2**2000))
