"""Builtins hash, id, len, repr, ascii: hashes of builtin values, unhashable errors, id stability (only comparisons), len protocol errors, repr/ascii of user classes and errors from bad __repr__."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for v in [0, 1, -1, -2, 10**20, 1.5, -0.0, float("inf"), 1j, "", "a", b"", b"a", (), (1, 2), frozenset(), None, True, range(3)]:
    check(lambda: hash(v))
for v in [[], {}, set(), bytearray(), {1: 2}.keys()]:
    check(lambda: hash(v))
a = object()
print(id(a) == id(a), id(1) == id(1), id(a) != id(object.__new__(object)) or True, type(id(a)).__name__)
x = [1]
y = x
print(id(x) == id(y), x is y)
for v in ["abc", [1, 2], (1,), {1: 2}, {1}, range(10), b"xy", bytearray(3), memoryview(b"abcd"), "😀", {}.keys()]:
    check(lambda: len(v))
check(lambda: len(5))
check(lambda: len(iter([])))
check(lambda: len())
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
check(lambda: len(L(3)))
check(lambda: len(L(-1)))
check(lambda: len(L(2**63)))
check(lambda: len(L(1.5)))
check(lambda: len(L("2")))
check(lambda: len(L(True)))
class R:
    def __repr__(self):
        return "R<é>"
class BadR:
    def __repr__(self):
        return 5
class RaiseR:
    def __repr__(self):
        raise ValueError("repr failed")
print(repr(R()), ascii(R()), str(R()), [R()], ascii([R()]), f"{R()!r}", f"{R()!a}")
check(lambda: repr(BadR()))
check(lambda: str(BadR()))
check(lambda: [BadR()].__repr__())
check(lambda: repr(RaiseR()))
check(lambda: repr())
check(lambda: ascii(1, 2))
print(repr(repr), repr(len), repr(int), repr(None), repr(...), repr(NotImplemented), repr(print), repr(str.upper))
print(repr(int.__add__), repr(int.real), repr(type.__dict__["__name__"]), repr(object.__init__))
