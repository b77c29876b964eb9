"""UnicodeDecodeError/EncodeError/TranslateError attributes and str() forms from real codec failures and direct construction."""

def show(e):
    print(type(e).__name__, repr(e.encoding) if hasattr(e, "encoding") else "-", repr(e.object), e.start, e.end, repr(e.reason))
    print("   str:", str(e))

for data, enc in ((b"\xff", "utf-8"), (b"abc\x80def", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xc3\x28", "utf-8"),
                  (b"\x80", "ascii"), (b"\xed\xa0\x80", "utf-8"), (b"ab\xff\xfe", "ascii"), (b"\x00", "utf-16")):
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        show(e)

for text, enc in (("é", "ascii"), ("abc€", "latin-1"), ("\ud800", "utf-8"), ("日本", "ascii"), ("a\U0001F600b", "latin-1")):
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        show(e)

e = UnicodeDecodeError("myenc", b"\x01\x02\x03", 1, 2, "custom reason")
show(e)
e = UnicodeDecodeError("myenc", b"\x01\x02\x03", 0, 3, "range")
show(e)
e = UnicodeEncodeError("enc", "x\u1234y", 1, 2, "bad char")
show(e)
e = UnicodeEncodeError("enc", "xyz", 0, 2, "two chars")
show(e)
t = UnicodeTranslateError("a\u20acb", 1, 2, "untranslatable")
print(type(t).__name__, repr(t.object), t.start, t.end, t.reason, "|", t)
try:
    UnicodeDecodeError("x")
except TypeError as te:
    print("TypeError:", te)
try:
    UnicodeDecodeError("x", "not bytes", 0, 1, "r")
except TypeError as te:
    print("TypeError:", te)
e.start = 5
print(e.start, "|", e)
print(b"\xff".decode("utf-8", "replace"), b"\xffa".decode("utf-8", "ignore"), "é".encode("ascii", "replace"),
      "é".encode("ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"), b"\xff".decode("ascii", "backslashreplace"))
try:
    b"x".decode("no-such-codec")
except LookupError as le:
    print("LookupError:", le)
try:
    "x".encode("utf-8", "bogus-handler") and "é".encode("ascii", "bogus-handler")
except LookupError as le:
    print("LookupError:", le)
