"""int.to_bytes / int.from_bytes: byte orders, signed, default arguments, lengths, and overflow/argument errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for v in (0, 1, 127, 128, 255, 256, 65535, 2**64 - 1, 10**20):
    check(lambda: v.to_bytes(max(1, (v.bit_length() + 7) // 8), "big"))
    check(lambda: v.to_bytes(12, "little"))
for v in (-1, -128, -129, 127, -(2**63), 2**63 - 1, -(10**20)):
    check(lambda: v.to_bytes(9, "big", signed=True))
    check(lambda: v.to_bytes(1, "little", signed=True))
check(lambda: (255).to_bytes(1, "big", signed=True))
check(lambda: (-1).to_bytes(4, "big"))
check(lambda: (256).to_bytes(1, "big"))
check(lambda: (0).to_bytes(0, "big"))
check(lambda: (1).to_bytes(0, "big"))
check(lambda: (1).to_bytes(-1, "big"))
check(lambda: (1).to_bytes(2, "middle"))
check(lambda: (1).to_bytes(2, byteorder=1))
check(lambda: (65).to_bytes())
check(lambda: (300).to_bytes())
check(lambda: (1).to_bytes(length=3, byteorder="little"))
check(lambda: int.from_bytes(b"\x01\x00", "big"))
check(lambda: int.from_bytes(b"\x01\x00", "little"))
check(lambda: int.from_bytes(b"\xff\xff", "big", signed=True))
check(lambda: int.from_bytes(b"\x80" + bytes(8), "big", signed=True))
check(lambda: int.from_bytes(b"", "big", signed=True))
check(lambda: int.from_bytes(b"\xff"))
check(lambda: int.from_bytes([1, 2, 3], "big"))
check(lambda: int.from_bytes((255, 0), "little"))
check(lambda: int.from_bytes(bytearray(b"\x12\x34"), "big"))
check(lambda: int.from_bytes(memoryview(b"\x12\x34"), "little"))
check(lambda: int.from_bytes([256], "big"))
check(lambda: int.from_bytes("ab", "big"))
check(lambda: int.from_bytes(5, "big"))
check(lambda: int.from_bytes(b"\x01", "sideways"))
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x00\x10", "big")
print(type(r).__name__, r)
print(bool.from_bytes(b"\x00"), bool.from_bytes(b"\x02"), type(bool.from_bytes(b"\x01")).__name__)
for n in (0, 1, -1, 2**100 + 3, -(2**100) - 3):
    b = n.to_bytes(20, "little", signed=True)
    print(n, int.from_bytes(b, "little", signed=True) == n, b.hex())
