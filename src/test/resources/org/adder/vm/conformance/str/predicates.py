"""str: is* predicates (alnum alpha ascii decimal digit identifier lower numeric printable space title upper) over tricky samples, including empty strings and astral characters."""
samples = ["", "abc", "ABC", "Abc", "aBC", "123", "١٢٣", "²", "½", "Ⅻ", "一", "三", "𝟘", "𐐀", "abc1", "a b", " \t\n\x0b\x0c\r",
           "\x1c\x1d\x1e\x1f\x85\xa0", "\u2028\u200b", "\u3000", "ǅ", "ǅa", "Hello World", "Hello world", "HELLO WORLD", "ß",
           "ª", "ʰ", "Σ", "ǈ Ǌ", "_", "_a1", "1a", "a-b", "class", "Ωmega", "ℕ", "℘", "℮", "·a", "a·", "\x00", "\x7f", "é",
           "e\u0301", "\ufeff", "\U0001F600", "\U000E0041", "\ud800", "١٢٣abc", "Ⅷ", "ⅷ", "⑦", "〇", "٣.١", "12ab", "A1B2"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable",
         "isspace", "istitle", "isupper"]
print(" ".join(n[2:] for n in names))
for s in samples:
    print(repr(s), "".join("1" if getattr(s, n)() else "." for n in names))
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
check(lambda: "a".isalpha(1))
check(lambda: str.isdigit(b"1"))
check(lambda: str.isidentifier())
