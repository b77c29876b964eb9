"""assert: passing, failing with and without message, message evaluation only on failure, AssertionError args."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e), e.args)
    else:
        print("ok", repr(r))

def a1():
    assert True
    assert 1, "never evaluated"
    assert [0]
    return "passed"
check(a1)

def a2():
    assert False
check(a2)

def a3():
    assert 0, "zero is false"
check(a3)

def a4():
    assert [], ["a", "list", "message"]
check(a4)

calls = []
def msg():
    calls.append("msg")
    return "computed"
def a5():
    assert 1 == 1, msg()
    assert 1 == 2, msg()
check(a5)
print("msg calls:", calls)

def a6():
    x = 5
    assert x < 3, f"x is {x}"
check(a6)

class Falsy:
    def __bool__(self):
        print("__bool__ called")
        return False
def a7():
    assert Falsy(), "falsy object"
check(a7)

class BadBool:
    def __bool__(self):
        return "yes"
def a8():
    assert BadBool()
check(a8)

def a9():
    assert None, None
check(a9)

# assert with a tuple is always true (a classic bug)
def a10():
    assert (False, "tuple is truthy")
    return "tuple passed"
check(a10)

# AssertionError can be caught like any other
try:
    assert 1 > 2, "math"
except AssertionError as e:
    print("caught:", e)
print(__debug__)
assert isinstance(__debug__, bool)
