"""Truth testing: __bool__ before __len__, non-bool results, negative or huge __len__, defaults for objects, builtins' truthiness."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

log = []
class Both:
    def __bool__(self):
        log.append("__bool__")
        return True
    def __len__(self):
        log.append("__len__")
        return 0
print(bool(Both()), log)
class LenOnly:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(LenOnly(0)), bool(LenOnly(5)))
class Neither:
    pass
print(bool(Neither()))

class BoolReturnsInt:
    def __bool__(self): return 1
class BoolReturnsNone:
    def __bool__(self): return None
class BoolSubclassResult:
    def __bool__(self): return True is True
class LenFloat:
    def __len__(self): return 1.0
class LenNeg:
    def __len__(self): return -5
class LenHuge:
    def __len__(self): return 1 << 100
class LenBool:
    def __len__(self): return True
class LenIndex:
    class Idx:
        def __index__(self): return 4
    def __len__(self): return self.Idx()
for cls in (BoolReturnsInt, BoolReturnsNone, BoolSubclassResult, LenFloat, LenNeg, LenHuge, LenBool, LenIndex):
    check(lambda: bool(cls()))
    check(lambda: "yes" if cls() else "no")
check(lambda: len(LenIndex()))
check(lambda: len(LenBool()))

# inheriting __bool__ = None blocks __len__
class Blocked(LenOnly):
    __bool__ = None
check(lambda: bool(Blocked(3)))

values = [0, 1, -1, 0.0, -0.0, 1e-300, 0j, 1j, "", " ", "0", b"", b"\0", [], [[]], (), ((),), {}, {0: 0}, set(), {0},
          frozenset(), None, ..., NotImplemented if False else 1, range(0), range(1), bytearray(), memoryview(b"")]
print([bool(v) for v in values])
print(bool(), bool(0), bool(x := 2), x)
check(lambda: bool(1, 2))
check(lambda: bool(x=1))
print(True + True, True * 10, True / 2, -True, True << 3, True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
