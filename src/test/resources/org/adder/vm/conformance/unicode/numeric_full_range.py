"""str.isdecimal, isdigit and isnumeric over every code point: counts, checksums, samples, the subset relations decimal <= digit <= numeric, and int() of decimal digits from many scripts."""
ALL = "".join(map(chr, range(0x110000)))
sets = {}
for name in ("isdecimal", "isdigit", "isnumeric"):
    hits = "".join(filter(getattr(str, name), ALL))
    cps = list(map(ord, hits))
    sets[name] = set(hits)
    print(name, len(hits), sum(cps), [hex(c) for c in cps[:8]], [hex(c) for c in cps[-4:]])
print(sets["isdecimal"] <= sets["isdigit"] <= sets["isnumeric"])
print(sorted(hex(ord(c)) for c in sets["isdigit"] - sets["isdecimal"])[:20])
print(len(sets["isnumeric"] - sets["isdigit"]), sorted(ord(c) for c in sets["isnumeric"] - sets["isdigit"])[:12])
zeros = sorted(c for c in sets["isdecimal"] if int(c) == 0)
print(len(zeros), [hex(ord(c)) for c in zeros[:10]], int("".join(chr(ord(z) + 7) for z in zeros[:5])))
print([c.isdecimal() for c in "²³¹¼½¾ⅠⅫ①⓪⑴"], [c.isdigit() for c in "²³¹¼½¾ⅠⅫ①⓪⑴"], [c.isnumeric() for c in "²³¹¼½¾ⅠⅫ①⓪⑴"])
