"""UnicodeError subclasses: attributes (encoding object start end reason), str() for single and ranges, constructing them directly, mutating start/end, and inheritance."""
def show(e):
    print(type(e).__name__, "|", e, "|", e.encoding, ascii(e.object), e.start, e.end, repr(e.reason), e.args[0])

for data, enc in [(b"ab\xff\xfecd", "utf-8"), (b"\x80\x81", "ascii"), (b"\xe2\x82", "utf-8"), (b"A", "utf-16-le")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        show(e)
for text, enc in [("ab\xe9\xe8cd", "ascii"), ("\u0100", "latin-1"), ("\ud800\udbff", "utf-8"), ("x\U0001F600", "cp1252")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        show(e)
e = UnicodeDecodeError("myenc", b"\x01\x02\x03", 1, 2, "custom reason")
show(e)
e.start, e.end = 0, 3
print(e)
e.reason = "changed"
print(e)
e2 = UnicodeEncodeError("enc", "abc", 2, 3, "why")
show(e2)
e3 = UnicodeTranslateError("\u0100x", 0, 1, "tr reason")
print(type(e3).__name__, e3, e3.encoding, e3.start)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError), UnicodeDecodeError.__mro__)
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
check(lambda: UnicodeDecodeError("x"))
check(lambda: UnicodeDecodeError("x", "notbytes", 0, 1, "r"))
check(lambda: UnicodeEncodeError("x", b"bytes", 0, 1, "r"))
check(lambda: str(UnicodeDecodeError("x", b"ab", 5, 9, "r")))
check(lambda: str(UnicodeEncodeError("x", "ab", 1, 1, "r")))
check(lambda: UnicodeError("plain").args)
try:
    b"\xff".decode()
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e.args)
