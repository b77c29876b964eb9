"""Length-changing case operations interacting with other methods: upper() of ß/ﬁ/ŉ inside longer strings, find/index positions after mapping, center/zfill widths in code points, title() of apostrophes and digits, swapcase involutions failing."""
s = "straße ﬁnal ŉ ǰ ΐ"
u = s.upper()
print(ascii(u), len(s), len(u), u.find("SS"), u.count("S"), u.split(), ascii(u.lower()))
print(ascii("ß".center(5, "*")), ascii("ß".upper().center(5, "*")), ascii("ﬁ".zfill(4)), ascii("ﬁ".upper().zfill(4)))
for w in ["o'neil", "they're", "3rd place", "hello-world", "x1y2z", "ǆemal", "ǳ", "ΣΑΣ ΣΑΣ", "ᾳ", "İi"]:
    print(ascii(w), ascii(w.title()), ascii(w.capitalize()), ascii(w.swapcase()), ascii(w.swapcase().swapcase()) == ascii(w))
print(ascii("ﬃ".upper().lower()), ascii("İ".lower().upper()), ascii("ς".upper().lower()), ascii("Σ".lower()), ascii("ΑΣ".lower()))
print(ascii("ΑΣ Σ".lower()), ascii("Σ.".lower()), ascii("aΣ!".lower()), ascii("AΣ\u0301".lower()), ascii("A\u0301Σ".lower()))
