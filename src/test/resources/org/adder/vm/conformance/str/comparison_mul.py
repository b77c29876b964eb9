"""str: comparisons by code point (ASCII, Latin-1, BMP, astral, prefixes), sorted order, min/max, hash equality, == with str subclasses, and comparison errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

words = ["b", "a", "", "ab", "B", "é", "z", "\uffff", "😀", "\U00010000", "aa", "a\x00", "Z", "ä", "\ud800", "\ue000", "abc", "ab\x00"]
print([ascii(w) for w in sorted(words)])
print([ascii(w) for w in sorted(words, reverse=True)])
print(ascii(min(words)), ascii(max(words)))
pairs = [("a", "b"), ("a", "a"), ("a", "aa"), ("", "a"), ("\uffff", "\U00010000"), ("\ue000", "\ud800"), ("Z", "a"), ("é", "z")]
for a, b in pairs:
    print(ascii(a), ascii(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
class S(str):
    def __eq__(self, o):
        print("S.__eq__", repr(o))
        return str.__eq__(self, o)
    __hash__ = str.__hash__
check(lambda: "x" == S("x"))
check(lambda: S("x") == "x")
check(lambda: "x" != S("y"))
check(lambda: "a" < 1)
check(lambda: "a" < None)
check(lambda: "a" < b"a")
check(lambda: "a" == b"a")
check(lambda: "1" == 1)
check(lambda: sorted(["a", 1]))
check(lambda: max("abc"))
check(lambda: min("😀a"))
check(lambda: "abc".__lt__(1))
check(lambda: str.__eq__("a", "a"))
check(lambda: hash("abc") == hash(S("abc")))
check(lambda: "ab" "cd" == "abcd")
