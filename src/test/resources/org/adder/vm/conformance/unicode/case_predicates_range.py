"""str.islower, isupper, istitle over every code point: counts, checksums, titlecase letters, characters both upper and title, lowercase letters without uppercase mappings, and multi-character istitle rules."""
ALL = "".join(map(chr, range(0x110000)))
found = {}
for name in ("islower", "isupper", "istitle"):
    hits = "".join(filter(getattr(str, name), ALL))
    found[name] = set(hits)
    print(name, len(hits), sum(map(ord, hits)))
print(sorted(hex(ord(c)) for c in found["istitle"] - found["isupper"]))
print(len(found["istitle"] & found["isupper"]), len(found["islower"] & found["isupper"]))
lower_no_upper = [hex(ord(c)) for c in ALL[:0x2000] if c.islower() and c.upper() == c][:20]
print(lower_no_upper)
for s in ["Hello World", "Hello world", "HELLO", "ǅungla", "Ǆungla", "ǅUngla", "A1b", "1A", "A_B", "ÀÉ Ça", "Σσ", "Ⅰⅱ", "ꭰ", "ᾈ", "ᾈα", "", "a"]:
    print(repr(s), s.istitle(), s.isupper(), s.islower())
