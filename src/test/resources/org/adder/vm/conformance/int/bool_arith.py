"""bool: reprs, arithmetic results and their types, bool() of various objects, __bool__/__len__ protocol and errors, ~bool deprecation."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r), type(r).__name__)

print(True, False, repr(True), str(False), int(True), float(False), complex(True))
for expr in ("True + True", "True - False", "True * 5", "True / 2", "True // 2", "True % 2", "True ** 10", "-True", "+True",
             "abs(-True)", "True & False", "True | False", "True ^ True", "True << 2", "True == 1", "False == 0.0",
             "True is 1 == 1", "divmod(True, 2)", "round(True)", "hash(True)", "hash(False)", "True > False",
             "sum([True, True, True])", "max(True, 1)", "max(1, True)", "True.__index__()", "format(True)", "format(True, 'd')",
             "format(True, '>6')", "'%s %d %r' % (True, True, False)", "f'{True!r:>8}'", "str(True).upper()",
             "bool(0.0)", "bool(-0.0)", "bool(float('nan'))", "bool(0j)", "bool('')", "bool(' ')", "bool([])", "bool(())",
             "bool({})", "bool(set())", "bool(frozenset([0]))", "bool(range(0))", "bool(range(1))", "bool(None)", "bool(b'')",
             "bool(bytearray(1))", "bool(bool)", "bool(1 - 1)", "bool(10**100)", "bool()", "True.real", "True.conjugate()"):
    print(expr, end=" -> ")
    check(lambda: eval(expr))
class L:
    def __len__(self):
        print("__len__")
        return 0
class B:
    def __bool__(self):
        print("__bool__")
        return True
    def __len__(self):
        print("never")
        return 0
class BadB:
    def __bool__(self):
        return 1
class BadL:
    def __len__(self):
        return -1
class BigL:
    def __len__(self):
        return 2**100
class StrL:
    def __len__(self):
        return "3"
class NoneBool:
    __bool__ = None
check(lambda: bool(L()))
check(lambda: bool(B()))
check(lambda: bool(BadB()))
check(lambda: bool(BadL()))
check(lambda: bool(BigL()))
check(lambda: bool(StrL()))
check(lambda: bool(NoneBool()))
check(lambda: not L())
check(lambda: bool(1, 2))
check(lambda: bool(x=1))
check(lambda: type("X", (bool,), {}))
check(lambda: True.__class__.__mro__)
check(lambda: bool.__new__(bool, 5))
check(lambda: bool.__new__(int, 1))
check(lambda: ~True)
check(lambda: ~False)
