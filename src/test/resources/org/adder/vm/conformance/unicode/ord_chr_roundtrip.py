"""chr/ord round trips across all planes, surrogate code points as str, ordering of chr values, and string building from code point lists (sampled every 4099 code points)."""
sample = list(range(0, 0x110000, 4099)) + [0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFE, 0xFFFF, 0x10000, 0x10FFFF]
print(all(ord(chr(i)) == i for i in sample), len(sample))
s = "".join(map(chr, sample))
print(len(s), sum(map(ord, s)), [ascii(c) for c in s[-10:]])
print(all(chr(i) < chr(i + 1) for i in range(0, 0x110000 - 1, 65537)))
print([hex(ord(c)) for c in "\ud83d\ude00"], len("\ud83d\ude00"), "\ud83d\ude00" == "\U0001F600")
print(ascii("\ud83d" + "\ude00"), len("\ud83d" + "\ude00"))
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(ascii(r))
check(lambda: chr(0x110000))
check(lambda: chr(-1))
check(lambda: ord("\ud800\udc00"))
check(lambda: "\ud800".encode("utf-8"))
check(lambda: "\U0010FFFF".encode("utf-8"))
check(lambda: b"\xf4\x8f\xbf\xbf".decode())
check(lambda: b"\xf4\x90\x80\x80".decode())
check(lambda: "".join(chr(c) for c in range(0x1F600, 0x1F606)))
