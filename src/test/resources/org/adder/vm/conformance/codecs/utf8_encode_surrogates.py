"""Encoding lone surrogates and astral characters to UTF-8 under each error handler, surrogateescape/surrogatepass round trips, and UnicodeEncodeError attributes."""
def check(f):
    try:
        r = f()
    except UnicodeError as e:
        print(type(e).__name__ + ":", e, "|", e.encoding, ascii(e.object), e.start, e.end, repr(e.reason))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(ascii(r))

for s in ["\ud800", "a\udfffb", "\ud83d\ude00", "\udc80\udcff", "x\ud800\udc00y", "\U0001F600", "\udcc3\udca9"]:
    print(ascii(s))
    for errors in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"):
        check(lambda: s.encode("utf-8", errors))
raw = b"abc\xff\xfe\xc3\xa9"
s = raw.decode("utf-8", "surrogateescape")
print(ascii(s), s.encode("utf-8", "surrogateescape") == raw)
check(lambda: s.encode("utf-8"))
check(lambda: s.encode("latin-1", "surrogateescape"))
check(lambda: s.encode("ascii", "surrogateescape"))
check(lambda: "\ud800".encode("utf-16", "surrogatepass"))
check(lambda: "\ud800".encode("utf-16-le", "surrogatepass"))
check(lambda: "\ud800".encode("utf-32-be", "surrogatepass"))
check(lambda: b"\x00\xd8".decode("utf-16-le", "surrogatepass"))
check(lambda: b"\xed\xa0\x80\xed\xb0\x80".decode("utf-8", "surrogatepass"))
check(lambda: "\udc41".encode("ascii", "surrogateescape"))
check(lambda: b"\x80".decode("ascii", "surrogateescape"))
check(lambda: "\u0100".encode("utf-8", "surrogateescape"))
