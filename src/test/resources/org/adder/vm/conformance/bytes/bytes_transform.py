"""bytes methods: replace strip lstrip rstrip center ljust rjust zfill expandtabs join translate maketrans removeprefix/suffix, case methods and predicates (ASCII only)."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

b = b"  Hello World\xe9 \t\n"
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" \n\tH"), b"xxhixx".strip(b"x"), b"\x0b\x0chi\x1c".strip(), b"\xa0hi\x85".strip())
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b"hello-world's".title(), b"\xe9a".capitalize())
print(b"ab".center(6), b"ab".center(7, b"*"), b"ab".ljust(5, b"-"), b"ab".rjust(5), b"-42".zfill(6), b"+x".zfill(4), b"".zfill(2))
print(b"a\tb\tc".expandtabs(), b"a\tb".expandtabs(3), b"ab\r\tc".expandtabs(4))
print(b"one one".replace(b"one", b"1"), b"abc".replace(b"", b"-"), b"aaa".replace(b"a", b"", 2), bytearray(b"xy").replace(b"x", b"z"))
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"-").join([b"x", b"y"]), b"".join([]))
print(b"TestHook".removeprefix(b"Test"), b"TestHook".removesuffix(b"Hook"), bytearray(b"ab").removeprefix(b"a"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[95:102], b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"b"), bytearray(b"abc").translate(t))
for s in [b"", b"abc", b"ABC", b"Abc", b"123", b"a1", b" \t", b"Hello World", b"\xe9", b"a b", b"\x7f"]:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isupper(), s.isspace(), s.istitle())
check(lambda: b"a".replace("a", "b"))
check(lambda: b"a".strip("a"))
check(lambda: b"a".center(5, "x"))
check(lambda: b"a".center(5, b"xy"))
check(lambda: b",".join([b"a", "b"]))
check(lambda: b",".join([b"a", 1]))
check(lambda: bytes.maketrans(b"ab", b"c"))
check(lambda: bytes.maketrans("a", "b"))
check(lambda: b"a".translate(b"short"))
check(lambda: b"a".removeprefix("a"))
check(lambda: b"a".zfill(b"1"))
check(lambda: b"a".isdecimal())
