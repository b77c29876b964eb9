"""bytes.hex with separators and group sizes, bytes.fromhex/bytearray.fromhex with whitespace and errors, on bytes, bytearray and memoryview."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

data = bytes(range(0xF0, 0xFA))
for obj in (data, bytearray(data), memoryview(data)):
    print(obj.hex(), obj.hex(":"), obj.hex("-", 2), obj.hex("-", -3), obj.hex(" ", 4), obj.hex(b"|", 1), obj.hex("_", 100), obj.hex(sep=".", bytes_per_sep=-4))
print(b"".hex(), b"".hex(":"), b"\x00".hex(":", 5))
check(lambda: data.hex("::"))
check(lambda: data.hex(""))
check(lambda: data.hex("é"))
check(lambda: data.hex(1))
check(lambda: data.hex(":", "2"))
check(lambda: data.hex(":", 0))
for s in ["", "00", "ff FF", " 0a 1b ", "0A1b2C", "\t0a\n1b\x0b\x0c\r", "abc", "0g", "a b", " ", "0 0", "é1", "00 ", "1"]:
    check(lambda: bytes.fromhex(s))
check(lambda: bytearray.fromhex("deadbeef"))
check(lambda: bytes.fromhex(b"00"))
check(lambda: bytes.fromhex(None))
class B(bytes):
    pass
r = B.fromhex("4142")
print(repr(r), type(r).__name__)
