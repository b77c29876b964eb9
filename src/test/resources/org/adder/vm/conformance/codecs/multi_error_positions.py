"""Error handlers on strings/bytes with several bad spots: which positions are replaced, counts of replacement characters, how far each error extends (start/end for multi-byte sequences), and strict errors reporting the first bad spot."""
def check(f):
    try:
        r = f()
    except UnicodeError as e:
        print(type(e).__name__ + ":", e.start, e.end, e.reason)
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(ascii(r))

data = b"A\xffB\xc3\xa9C\xe2\x82D\xf0\x9f\x98E\xed\xa0\x80F\x80\x80G\xc0\x80H"
for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
    check(lambda: data.decode("utf-8", errors))
check(lambda: data.decode("utf-8", "replace").count("\ufffd"))
text = "a\xe9b\u20acc\U0001F600d\ud800e\udcffe"
for enc in ("ascii", "latin-1", "cp1252", "utf-8"):
    for errors in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"):
        print(enc, errors, end=" ")
        check(lambda: text.encode(enc, errors))
check(lambda: b"\xff\xfe\xfd".decode("ascii", "replace"))
check(lambda: b"ab\x80\x81\x82cd".decode("ascii", "backslashreplace"))
check(lambda: b"\xe2\x82\xe2\x82\xac".decode("utf-8", "replace"))
check(lambda: b"\xf0\x9f\xf0\x9f\x98\x80".decode("utf-8", "replace"))
