"""int(): from bytes/bytearray/memoryview, from floats (truncation, inf/nan errors), from objects with __int__/__index__/__trunc__."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

check(lambda: int(b"42"))
check(lambda: int(b" -7 "))
check(lambda: int(bytearray(b"ff"), 16))
check(lambda: int(memoryview(b"123")))
check(lambda: int(b"1_2"))
check(lambda: int(b"\xff"))
check(lambda: int(b""))
check(lambda: int(b"0x1z", 16))
for x in (0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 2.5, 1e10, -1e19, 1e100, 1.7976931348623157e308, 5e-324, 2.0**63, -(2.0**63)):
    check(lambda: int(x))
check(lambda: int(float("inf")))
check(lambda: int(float("-inf")))
check(lambda: int(float("nan")))
check(lambda: int(1 + 0j))

class I:
    def __int__(self):
        print("__int__")
        return 7
class X:
    def __index__(self):
        print("__index__")
        return 8
class T:
    def __trunc__(self):
        print("__trunc__")
        return 9
class Both:
    def __int__(self):
        print("both.__int__")
        return 1
    def __index__(self):
        print("both.__index__")
        return 2
class Bad:
    def __int__(self):
        return "x"
class BadIdx:
    def __index__(self):
        return 1.5
class SubInt(int):
    pass
class RetSub:
    def __int__(self):
        return SubInt(5)
check(lambda: int(I()))
check(lambda: int(X()))
check(lambda: int(T()))
check(lambda: int(Both()))
check(lambda: int(Bad()))
check(lambda: int(BadIdx()))
check(lambda: int(object()) and None)
r = int(RetSub())
print(r, type(r).__name__)
check(lambda: int(SubInt(12)))
print(type(int(SubInt(12))).__name__, type(int(True)).__name__, int(True), int(False))
check(lambda: int("12", base=X()))
