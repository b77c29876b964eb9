"""Single-byte codecs: ascii, latin-1 and cp1252 encode/decode over the full byte range, undefined cp1252 bytes, and every error handler on unencodable text."""
def check(f):
    try:
        r = f()
    except UnicodeError as e:
        print(type(e).__name__ + ":", e, "|", e.start, e.end)
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(ascii(r))

allbytes = bytes(range(256))
print(ascii(allbytes.decode("latin-1")[120:140]), allbytes.decode("latin-1").encode("latin-1") == allbytes)
print(ascii(allbytes.decode("cp1252", "replace")[120:170]))
print(ascii(allbytes.decode("ascii", "replace")[120:135]), ascii(allbytes.decode("ascii", "ignore")[-3:]))
print([hex(b) for b in range(128, 160) if bytes([b]).decode("cp1252", "replace") == "\ufffd"])
check(lambda: b"\x81".decode("cp1252"))
check(lambda: b"abc\x80".decode("ascii"))
check(lambda: b"\x80".decode("cp1252"))
check(lambda: "\u20ac\u2122\u0152".encode("cp1252"))
text = "a\xe9\u20ac\u0100\U0001F600\ufffd"
for enc in ("ascii", "latin-1", "cp1252", "iso-8859-1", "us-ascii", "windows-1252", "l1", "646"):
    print(enc)
    for errors in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"):
        check(lambda: text.encode(enc, errors))
check(lambda: b"\xe9\x80\xff".decode("latin-1"))
check(lambda: b"\xe9\x80\xff".decode("cp1252", "backslashreplace"))
check(lambda: b"\xe9\x80\xff".decode("ascii", "backslashreplace"))
check(lambda: b"\x8d\x8f".decode("cp1252", "surrogateescape"))
