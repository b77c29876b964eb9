"""repr/ascii/str.encode('unicode_escape') of characters across every general category sample: controls, format chars, combining marks, private use, unassigned, surrogates, and width-changing case maps."""
samples = [0x0, 0x9, 0x1F, 0x7F, 0x85, 0xA0, 0xAD, 0x300, 0x378, 0x600, 0x200B, 0x200D, 0x2028, 0x2066, 0x3000, 0xD800, 0xDFFF,
           0xE000, 0xF8FF, 0xFEFF, 0xFFFC, 0xFFFD, 0xFFFE, 0x1F3FB, 0x1F600, 0xE0001, 0xE007F, 0xF0000, 0x10FFFD, 0x10FFFF, 0x2FFFF]
for cp in samples:
    c = chr(cp)
    print(hex(cp), repr(c), ascii(c), c.encode("unicode_escape"), c.isprintable(), c.isspace(), c.isidentifier(), len(c.upper()))
