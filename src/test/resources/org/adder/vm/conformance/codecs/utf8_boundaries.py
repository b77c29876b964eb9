"""UTF-8 encoding and decoding at sequence-length boundaries (U+007F/0080, U+07FF/0800, U+FFFF/10000, U+10FFFF), noncharacters, BOM in the middle, and lengths of encoded strings across widths."""
for cp in (0x0, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x1FFFF, 0x10FFFF, 0xFEFF, 0xFDD0):
    ch = chr(cp)
    b = ch.encode("utf-8")
    print(hex(cp), b.hex(), len(b), b.decode("utf-8") == ch, ch.encode("utf-16-le").hex(), ch.encode("utf-32-be").hex())
s = "a\ufeffb"
print(s.encode("utf-8"), s.encode("utf-8-sig"), b"\xef\xbb\xbfa\xef\xbb\xbfb".decode("utf-8-sig") == s, s.encode("utf-16")[:4])
print([len(("x" + chr(c)).encode()) for c in (0x41, 0xE9, 0x20AC, 0x1F600)], len(("\U0001F600" * 100).encode()))
for bad in (b"\xc2", b"\xdf\xbf\xbf", b"\xe0\xa0", b"\xef\xbf", b"\xf0\x90\x80", b"\xf4\x8f\xbf", b"\xc1\xbf", b"\xe0\x9f\xbf", b"\xf0\x8f\xbf\xbf"):
    print(bad.hex(), ascii(bad.decode("utf-8", "replace")), ascii(bad.decode("utf-8", "backslashreplace")))
