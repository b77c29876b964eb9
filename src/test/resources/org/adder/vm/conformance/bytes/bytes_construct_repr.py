"""bytes/bytearray construction (int, iterable, str+encoding, buffer, __bytes__, __index__) with errors, and reprs with quotes and escapes."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for args in [(), (3,), (0,), ([1, 2, 255],), ((),), (range(65, 70),), ("é", "utf-8"), ("abc", "ascii"), (b"xy",),
             (bytearray(b"ba"),), (memoryview(b"mv"),), (iter([1, 2]),), ("é", "latin-1"), ("é", "ascii", "replace")]:
    check(lambda: bytes(*args))
    check(lambda: bytearray(*args))
check(lambda: bytes(-1))
check(lambda: bytearray(-1))
check(lambda: bytes([256]))
check(lambda: bytes([-1]))
check(lambda: bytes(["a"]))
check(lambda: bytes("abc"))
check(lambda: bytearray("abc"))
check(lambda: bytes(b"abc", "ascii"))
check(lambda: bytes(5, "ascii"))
check(lambda: bytes(1.5))
check(lambda: bytes(None))
check(lambda: bytes(2**70))
check(lambda: bytes("é", "ascii"))
check(lambda: bytes(x=1))
check(lambda: bytes(source=b"a"))
check(lambda: bytes(encoding="ascii"))
class B:
    def __bytes__(self):
        print("__bytes__")
        return b"BB"
class I:
    def __index__(self):
        return 2
class BadB:
    def __bytes__(self):
        return "str"
check(lambda: bytes(B()))
check(lambda: bytearray(B()))
check(lambda: bytes(I()))
check(lambda: bytes(BadB()))
for b in [b"", b"'", b'"', b"'\"", b"\\", b"\x00\t\n\r\x7f\x80\xff", b"abc", bytes(range(0, 256, 17))]:
    print(repr(b), repr(bytearray(b)), str(b), ascii(b))
class Sub(bytes):
    pass
class SubA(bytearray):
    pass
print(repr(Sub(b"x")), repr(SubA(b"y")), type(Sub(b"x") + b"z").__name__, repr(bytearray(b"q")[0:1]))
