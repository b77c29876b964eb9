"""Round trips of case mappings over the BMP: characters with c.upper().lower() != c.lower(), c.lower().upper() != c.upper(), characters that are their own upper and lower but cased, and casefold differing from lower."""
BMP = "".join(map(chr, range(0x10000)))
a = [hex(ord(c)) for c in BMP if c.upper().lower() != c.lower()]
b = [hex(ord(c)) for c in BMP if c.lower().upper() != c.upper()]
cf = [hex(ord(c)) for c in BMP if c.casefold() != c.lower()]
print(len(a), a[:25])
print(len(b), b[:25])
print(len(cf), cf[:40])
cased_fixed = [hex(ord(c)) for c in BMP if (c.isupper() or c.islower()) and c.upper() == c.lower() == c][:30]
print(len(cased_fixed), cased_fixed)
print(sum(1 for c in BMP if c.isupper() and c.lower() == c), sum(1 for c in BMP if c.islower() and c.upper() == c))
