"""str: split rsplit splitlines partition rpartition with and without separators, maxsplit, whitespace runs, Unicode line boundaries, and errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for s in ["a b  c", "  a b  ", "", "   ", "a,b,,c,", ",", "a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\xa0i\u2003j\u3000k", "one"]:
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(","), s.rsplit(",", 1), s.split(",", 0), s.split(" "))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "1,2,3".split(sep=",", maxsplit=-1), "x".split("x"))
lines = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm"
print(lines.splitlines())
print(lines.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "x\r".splitlines(keepends=True), "\r\n".splitlines())
for s in ["key=value=x", "novalue", "=", "", "a=b"]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a😀b😀c".partition("😀"), "a😀b😀c".rpartition("😀"), "a😀b😀c".split("😀"))
check(lambda: "a".split(""))
check(lambda: "a".rsplit(""))
check(lambda: "a".partition(""))
check(lambda: "a".rpartition(""))
check(lambda: "a".split(1))
check(lambda: "a".partition(None))
check(lambda: "a b".split(" ", "1"))
check(lambda: "a b".split(" ", 1.0))
check(lambda: "a".splitlines(2))
check(lambda: "a".splitlines("x"))
check(lambda: "a b".split(sep=None, maxsplit=None))
check(lambda: "a b".split(foo=1))
check(lambda: "a b c d".split(" ", 2**70))
check(lambda: "a b c d".rsplit(" ", -(2**70)))
check(lambda: "a".partition(b"a"))
