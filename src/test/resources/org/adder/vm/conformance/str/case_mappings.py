"""str: upper lower casefold capitalize title swapcase with special casing (ß, İ, final sigma, ligatures, titlecase digraphs, Greek iota), astral letters."""
samples = ["hello world", "HELLO", "ß", "straße", "İstanbul", "ıi", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "σς", "ﬁﬂ ﬃ", "ǅǆǄ", "ǉubljana", "ŉ", "ᾳ ᾼ",
           "ΐ", "Ǆemal", "𐐨𐐀", "𝐀𝐚", "hello-world_it's 3rd", "they're bill's friends", "aBc DeF", "123abc", "", " ", "ÀÉÎõü",
           "ﬅ", "ﬆ", "ẞ", "K", "Å", "ℌ", "ⅷ Ⅷ", "ⓐⒶ", "Ꭰꭰ", "ǰ", "ΆΈ", "Σ", "AΣ", "AΣb", "AΣ.", "A.Σ", "ΣΣ ΣΣ"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()))
print(len("ß".upper()), len("İ".lower()), [hex(ord(c)) for c in "İ".lower()], len("ﬃ".upper()))
print("ß".upper().lower(), "ß".casefold() == "ss", "STRASSE".casefold() == "straße".casefold())
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
check(lambda: "a".upper(1))
check(lambda: str.lower(5))
check(lambda: str.title())
check(lambda: "x".casefold(None))
