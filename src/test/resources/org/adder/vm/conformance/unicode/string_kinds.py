"""Strings mixing character widths (Latin-1, BMP, astral): len, indexing, slicing, find/count/replace/split across widths, concatenation, comparisons and hashing of equal strings built differently."""
a = "abc"
b = "abc\xe9"
c = "abc\u20ac"
d = "abc\U0001F600"
for s in (a, b, c, d):
    print(ascii(s), len(s), ascii(s[-1]), ascii(s[::-1]), s.find("c"), s.find(s[-1]), ascii(s * 2), s.count(s[-1]))
mixed = a + b + c + d
print(len(mixed), ascii(mixed), mixed.find("\U0001F600"), mixed.rfind("abc"), mixed.count("abc"), ascii(mixed.replace("abc", "\U0001F601")))
print([ascii(x) for x in mixed.split("\u20ac")], ascii(mixed[3:9]), ascii(mixed[::3]), ascii(mixed.upper()))
print(d[:3] == a, (d[:3] + "x") == "abcx", hash(d[:3]) == hash(a), hash(c[:3]) == hash("abc"), hash(b[:-1]) == hash(a))
print("\xe9" < "\u20ac" < "\U0001F600", sorted([d, c, b, a]) == [a, b, c, d], max(mixed) == "\U0001F600", min(mixed))
print("\U0001F600" in mixed, "\u20ac" in b, "\xe9" in d, mixed.index("\u20ac"), mixed.startswith("abcabc"), mixed.endswith("\U0001F600"))
e = "".join(["x", "\U0010FFFF", "y"])
print(len(e), [hex(ord(ch)) for ch in e], ascii(e.encode("utf-8")), ascii(e.encode("utf-16-le")), len(e.encode("utf-32-le")))
print(ascii("\u00ff".upper()), ascii("\u0178".lower()), ascii("ÿ" + "Ÿ"), ascii(("\U0001F600" * 3)[1:2]))
print(ascii("-".join(["\xe9", "\u20ac", "\U0001F600"])), ascii("\xe9\u20ac\U0001F600".center(9, "\u00b7")), ascii(" \U0001F600 ".strip()))
