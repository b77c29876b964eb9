"""Builtins chr and ord: limits (0, 0x10FFFF, surrogates), bytes and bytearray arguments, length errors, type errors, index protocol."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(ascii(r))

for n in (0, 65, 127, 128, 255, 256, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, True):
    check(lambda: chr(n))
for s in ("a", "\x00", "é", "\u20ac", "\ud800", "\U0001F600", "\U0010FFFF", b"a", b"\xff", bytearray(b"z")):
    check(lambda: ord(s))
check(lambda: chr(-1))
check(lambda: chr(0x110000))
check(lambda: chr(2**31))
check(lambda: chr(2**64))
check(lambda: chr(-(2**64)))
check(lambda: chr(65.0))
check(lambda: chr("A"))
check(lambda: chr())
check(lambda: ord(""))
check(lambda: ord("ab"))
check(lambda: ord(b""))
check(lambda: ord(b"ab"))
check(lambda: ord(bytearray()))
check(lambda: ord(65))
check(lambda: ord(None))
check(lambda: ord(memoryview(b"a")))
check(lambda: ord("😀😀"))
class I:
    def __index__(self):
        return 0x41
check(lambda: chr(I()))
class S(str):
    pass
check(lambda: ord(S("q")))
print([chr(i) for i in range(0x41, 0x5B)] == list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "".join(map(chr, range(0x3B1, 0x3C2))))
