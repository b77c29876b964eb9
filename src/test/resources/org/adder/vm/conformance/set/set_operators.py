"""set/frozenset operators | & - ^ and in-place forms, comparisons < <= > >= == !=, mixing set and frozenset (result type), and TypeErrors with non-sets."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a, b = {1, 2, 3}, {3, 4}
fa, fb = frozenset(a), frozenset(b)
print(a | b, a & b, a - b, b - a, a ^ b, fa | b, a | fb, fa & fb, fa - b, b ^ fa)
print(type(fa | b).__name__, type(a | fb).__name__, type(fa & a).__name__, type(a - fa).__name__)
print(a < a, a <= a, {1} < a, a > {1}, a >= fa, fa == a, a != fb, set() < a, frozenset() <= set(), {1, 5} < a, a == [1, 2, 3])
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} <= {1, 3}, sorted([{1, 2}, {1}, {2}, set()], key=len))
x = {1, 2}
y = x
x |= {3}
x &= {1, 3, 5}
x -= {1}
x ^= {3, 9}
print(x, y is x)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
check(lambda: a | [4])
check(lambda: [4] | a)
check(lambda: a & "ab")
check(lambda: a - (1,))
check(lambda: a ^ None)
check(lambda: a < [1])
check(lambda: a <= 5)
check(lambda: a + b)
check(lambda: a * 2)
def ior_list():
    s = {1}
    s |= [2]
check(ior_list)
def isub_str():
    s = {1}
    s -= "a"
check(isub_str)
check(lambda: a[0])
check(lambda: a.__or__([1]))
check(lambda: a.__ror__({9}))
check(lambda: set.__lt__(a, [1]))
check(lambda: 1 in a)
check(lambda: [1] in a)
check(lambda: {1} in {frozenset({1})})
check(lambda: set() in {frozenset()})
