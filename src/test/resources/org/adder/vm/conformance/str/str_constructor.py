"""str(): from objects (__str__ vs __repr__ fallback), from bytes with encoding/errors, str subclasses, errors from bad __str__, and str.__new__ checks."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class R:
    def __repr__(self):
        return "R-repr"
class Sx:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
class BadStr:
    def __str__(self):
        return 5
class SubStr(str):
    pass
class RetSub:
    def __str__(self):
        return SubStr("sub")
check(lambda: str())
check(lambda: str(R()))
check(lambda: str(Sx()))
check(lambda: str(BadStr()))
check(lambda: repr(BadStr()) == repr(BadStr()) and "ok")
r = str(RetSub())
print(repr(r), type(r).__name__)
check(lambda: str(b"abc"))
check(lambda: str(b"abc", "ascii"))
check(lambda: str(b"\xff", "utf-8"))
check(lambda: str(b"\xff", "utf-8", "replace"))
check(lambda: str(b"\xff", errors="ignore"))
check(lambda: str(bytearray(b"xy"), "latin-1"))
check(lambda: str(memoryview(b"mv"), "ascii"))
check(lambda: str("abc", "utf-8"))
check(lambda: str(5, "utf-8"))
check(lambda: str(b"a", 5))
check(lambda: str(object=1))
check(lambda: str(object=b"a", encoding="ascii"))
check(lambda: str(1, 2, 3, 4))
check(lambda: str(None), )
check(lambda: str([1, "a"]))
check(lambda: str(1.0))
check(lambda: str(-0.0))
check(lambda: str(str))
check(lambda: str(b"\xe9", "cp1252"))
s = SubStr("val")
print(type(s).__name__, repr(s), type(str(s)).__name__, type(s + "x").__name__, type(s * 2).__name__, type(s[0]).__name__, type(s.upper()).__name__)
check(lambda: str.__new__(int, "x"))
check(lambda: str.__new__(SubStr, "x"))
check(lambda: type(str.__new__(SubStr, "x")).__name__)
check(lambda: str.__str__(5))
check(lambda: str.__len__("abc"))
check(lambda: str.__contains__("abc", "b"))
check(lambda: str.__mod__("%d", 5))
check(lambda: str.__rmod__("%d", 5))
