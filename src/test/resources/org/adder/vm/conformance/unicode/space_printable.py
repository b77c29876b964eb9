"""str.isspace (complete list) and str.isprintable over every code point: counts, checksums, non-printable samples, and repr() escaping exactly the non-printable characters."""
ALL = "".join(map(chr, range(0x110000)))
spaces = [hex(ord(c)) for c in filter(str.isspace, ALL)]
print(len(spaces), spaces)
printable = "".join(filter(str.isprintable, ALL))
print(len(printable), sum(map(ord, printable)))
nonp = [c for c in ALL[:0x3000] if not c.isprintable()]
print(len(nonp), [hex(ord(c)) for c in nonp[-30:]])
print(" ".isprintable(), "\u00a0".isprintable(), "\u00ad".isprintable(), "\u2028".isprintable(), "\ufeff".isprintable(), "\U000E0020".isprintable())
sample = [chr(c) for c in (0x7F, 0xA0, 0xAD, 0x600, 0x61C, 0x180E, 0x200B, 0x2060, 0x2062, 0xFFF9, 0xE000, 0xF8FF, 0x10FFFD, 0x1D173, 0x3FFFF)]
print([repr(c) for c in sample])
PLANE1 = ALL[0x10000:0x20000]
escaped = sum(1 for r, c in zip(map(repr, PLANE1), PLANE1) if len(r) > 3)
print(escaped, 0x10000 - sum(map(str.isprintable, PLANE1)))
