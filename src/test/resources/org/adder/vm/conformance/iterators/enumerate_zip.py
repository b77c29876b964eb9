"""enumerate (start, negative and huge starts, errors) and zip (uneven, strict with both error messages, no arguments, errors), including laziness traces."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", -5)), list(enumerate("ab", 2**64)), list(enumerate([], 3)))
print(list(enumerate("ab", start=True)), list(enumerate(iterable="xy", start=10)))
check(lambda: enumerate(5))
check(lambda: enumerate("a", "1"))
check(lambda: enumerate("a", 1.5))
check(lambda: enumerate())
check(lambda: enumerate("a", 1, 2))
check(lambda: enumerate(x="a"))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip("ab", "cd", "ef")), list(zip(range(3))))
check(lambda: list(zip("ab", "abc", strict=True)))
check(lambda: list(zip("abc", "ab", strict=True)))
check(lambda: list(zip("ab", "ab", "a", strict=True)))
check(lambda: list(zip("a", "ab", "ab", strict=True)))
check(lambda: list(zip("ab", "ab", strict=True)))
check(lambda: list(zip(strict=True)))
check(lambda: zip(1))
check(lambda: zip("a", None))
check(lambda: zip("a", foo=1))
def gen(name, n):
    for i in range(n):
        print(f"{name} yields {i}")
        yield i
    print(f"{name} exhausted")
print(list(zip(gen("A", 3), gen("B", 2))))
print(list(zip(gen("A", 2), gen("B", 3))))
check(lambda: list(zip(gen("A", 1), gen("B", 2), strict=True)))
z = zip("ab", "cd")
print(next(z), list(z), list(z), type(z).__name__)
e = enumerate("xyz")
print(next(e), list(e), type(e).__name__, iter(e) is e)
