"""UTF-16 and UTF-32 (plain, -le, -be): BOM writing and detection, surrogate pairs, odd lengths, truncated data and illegal code points, with error handlers."""
def check(f):
    try:
        r = f()
    except UnicodeError as e:
        print(type(e).__name__ + ":", e, "|", e.start, e.end)
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(ascii(r))

s = "A\xe9\u20ac\U0001F600"
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "utf_32_le", "U16", "U32"):
    data = s.encode(enc)
    print(enc, data.hex(" "), ascii(data.decode(enc)))
check(lambda: b"\xff\xfeA\x00".decode("utf-16"))
check(lambda: b"\xfe\xff\x00A".decode("utf-16"))
check(lambda: b"A\x00".decode("utf-16"))
check(lambda: b"\xff\xfeA\x00".decode("utf-16-le"))
check(lambda: b"\xff\xfe\x00\x00A\x00\x00\x00".decode("utf-32"))
check(lambda: b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"))
check(lambda: b"A\x00\x00\x00".decode("utf-32"))
check(lambda: b"A".decode("utf-16-le"))
check(lambda: b"A\x00B".decode("utf-16-le"))
check(lambda: b"A\x00B".decode("utf-16-le", "replace"))
check(lambda: b"\x3d\xd8".decode("utf-16-le"))
check(lambda: b"\x3d\xd8A\x00".decode("utf-16-le"))
check(lambda: b"\x3d\xd8A\x00".decode("utf-16-le", "replace"))
check(lambda: b"\x00\xdcA\x00".decode("utf-16-le", "backslashreplace"))
check(lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
check(lambda: b"\x00\x00\x11\x00".decode("utf-32-le", "replace"))
check(lambda: b"\x00\xd8\x00\x00".decode("utf-32-le"))
check(lambda: b"\x00\xd8\x00\x00".decode("utf-32-le", "surrogatepass"))
check(lambda: b"A\x00\x00".decode("utf-32-le"))
check(lambda: b"A\x00\x00".decode("utf-32-le", "ignore"))
check(lambda: "".encode("utf-16"))
check(lambda: b"".decode("utf-16"))
check(lambda: "\ud800".encode("utf-16-be"))
check(lambda: "a\udc00".encode("utf-32", "replace"))
check(lambda: "a\udc00".encode("utf-16-le", "backslashreplace"))
check(lambda: "a\udc00".encode("utf-16-le", "xmlcharrefreplace"))
