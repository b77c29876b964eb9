"""builtins: assert statements: passing asserts, a caught AssertionError with a message, then an uncaught AssertionError with a computed message from inside a nested function; exit 1 (asserts are on without -O)."""
def check_positive(values):
    for v in values:
        assert v > 0, f"expected positive, got {v!r}"
    return len(values)
print(check_positive([1, 2, 3]))
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    check_positive([5, -1])
except AssertionError as e:
    print("caught:", e)
print(__debug__)
def outer():
    return check_positive([3, 0.0, 7])
outer()
