"""Builtins abs, divmod, bin, oct, hex with ints, floats, complex, bools, user classes (__abs__, __divmod__, __rdivmod__, __index__), and their errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for v in (0, -5, 2**70, -(2**70), -0.0, -1.5, float("-inf"), 3 - 4j, True, False):
    check(lambda: abs(v))
for v in (0, 5, -5, 255, -(2**64), True):
    print(bin(v), oct(v), hex(v))
class A:
    def __abs__(self):
        print("__abs__")
        return "absolute"
    def __divmod__(self, o):
        print("__divmod__", o)
        return ("q", "r")
    def __rdivmod__(self, o):
        print("__rdivmod__", o)
        return NotImplemented
class I:
    def __index__(self):
        return 42
check(lambda: abs(A()))
check(lambda: divmod(A(), 3))
check(lambda: divmod(3, A()))
check(lambda: bin(I()))
check(lambda: oct(I()))
check(lambda: hex(I()))
check(lambda: abs("a"))
check(lambda: abs())
check(lambda: abs(1, 2))
check(lambda: abs(None))
check(lambda: divmod(1))
check(lambda: divmod(1, 2, 3))
check(lambda: divmod("a", 1))
check(lambda: divmod(7, 2.5))
check(lambda: divmod(-7.5, 2))
check(lambda: divmod(10**30, -7))
check(lambda: bin(1.0))
check(lambda: oct("8"))
check(lambda: hex(None))
check(lambda: bin())
check(lambda: hex(A()))
