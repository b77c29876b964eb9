"""Case mappings: whole-string upper/lower over every code point (lengths and checksums), per-character counts of changed characters in the BMP, and the multi-character expansions of upper()."""
ALL = "".join(map(chr, range(0x110000)))
for name in ("upper", "lower"):
    whole = getattr(ALL, name)()
    print(name, len(whole), sum(map(ord, whole)))
BMP = ALL[:0x10000]
for name in ("upper", "lower", "casefold", "title"):
    mapped = list(map(getattr(str, name), BMP))
    print(name, "BMP changed", sum(map(str.__ne__, mapped, BMP)), "expanding", 0x10000 - list(map(len, mapped)).count(1))
ups = list(map(str.upper, BMP))
expansions = [(hex(ord(c)), [hex(ord(x)) for x in u]) for c, u in zip(BMP, ups) if len(u) > 1]
print(len(expansions), expansions[:8], expansions[-4:])
astral = ALL[0x10000:0x20000]
print(sum(map(str.__ne__, map(str.upper, astral), astral)), sum(map(str.__ne__, map(str.lower, astral), astral)))
