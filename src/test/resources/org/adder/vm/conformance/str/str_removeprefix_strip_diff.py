"""removeprefix/removesuffix versus lstrip/rstrip with character sets (a classic confusion), on ASCII and non-ASCII text, with empty arguments and subclass return types."""
cases = [("abcabc", "abc"), ("aaab", "a"), ("xyzzy", "xy"), ("ééa", "é"), ("😀😀x😀", "😀"), ("", ""), ("abc", ""), ("abc", "abcd"), ("a.b.c", ".c")]
for s, p in cases:
    print(ascii(s), ascii(p), ascii(s.removeprefix(p)), ascii(s.lstrip(p)), ascii(s.removesuffix(p)), ascii(s.rstrip(p)), ascii(s.strip(p)))
class S(str):
    pass
r1, r2 = S("prefix-body").removeprefix("prefix-"), S("body").removeprefix("x")
print(type(r1).__name__, type(r2).__name__, type(S("ab").strip()).__name__, type(S("ab").lstrip("a")).__name__, type(S("ab").replace("x", "y")).__name__)
