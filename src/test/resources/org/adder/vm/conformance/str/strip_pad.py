"""str: strip lstrip rstrip (default whitespace incl. Unicode spaces, char sets), removeprefix removesuffix, center ljust rjust zfill expandtabs, and errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for s in ["  hi  ", "\t\n hi \x0b\x0c\r", "\u3000\u2003hi\x85\xa0", "xxhixx", "", "   ", "\u200bhi\u200b", "\x1c\x1fhi\x1e"]:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip("ix")), repr(s.strip("")))
print(repr("www.example.com".strip("cmowz.")), repr("aXbXc".strip("ac")), repr("😀a😀".strip("😀")), repr("abc".strip(None)))
print(repr("TestHook".removeprefix("Test")), repr("TestHook".removesuffix("Hook")), repr("abc".removeprefix("")), repr("abc".removesuffix("abcd")),
      repr("aaa".removeprefix("a")), repr("".removesuffix("")))
for w in (-1, 0, 3, 4, 7, 8):
    print(w, repr("abc".center(w)), repr("ab".center(w, "*")), repr("abc".ljust(w, "-")), repr("abc".rjust(w, "😀")),
          repr("42".zfill(w)), repr("-42".zfill(w)), repr("+4".zfill(w)), repr("".zfill(w)), repr("-".zfill(w)), repr("abc".zfill(w)))
print(repr("a".center(4)), repr("a".center(5)), repr("ab".center(5)), repr("ab".center(4, "x")), repr("abc".center(6, "x")))
for s in ["a\tb", "\t", "ab\tc\td", "12345678\t9", "a\nb\tc", "a\r\tb", "😀\tx", ""]:
    print(repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)), repr(s.expandtabs(tabsize=3)))
check(lambda: "a".strip(1))
check(lambda: "a".center(5, "ab"))
check(lambda: "a".center(5, ""))
check(lambda: "a".ljust(5, 1))
check(lambda: "a".rjust())
check(lambda: "a".center(5.0))
check(lambda: "a".zfill("5"))
check(lambda: "a".removeprefix(None))
check(lambda: "a".removesuffix(b"a"))
check(lambda: "a".expandtabs("4"))
check(lambda: "a".center(2**70))
check(lambda: "a".lstrip("a", "b"))
