"""UTF-8 decoding of invalid input under every error handler: invalid start bytes, truncated sequences, overlongs, surrogates, out-of-range; exact UnicodeDecodeError messages and attributes."""
def check(f):
    try:
        r = f()
    except UnicodeError as e:
        print(type(e).__name__ + ":", e, "|", e.encoding, repr(e.object), e.start, e.end, repr(e.reason))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(ascii(r))

cases = [b"\xff", b"a\x80b", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xf0\x9f\x98", b"\xc0\xaf", b"\xe0\x80\xaf",
         b"\xed\xa0\x80", b"\xed\xb2\xa9", b"\xf4\x90\x80\x80", b"\xf5\x80", b"\xf8\x88\x80\x80\x80", b"ok\xe9ok", b"\xf0\x9f\x98\x80\xff"]
for data in cases:
    print(data)
    for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"):
        check(lambda: data.decode("utf-8", errors))
check(lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))
check(lambda: b"\xff".decode("utf-8", "namereplace"))
check(lambda: b"\xff".decode("utf-8", "bogus"))
check(lambda: b"abc".decode("utf-8", "bogus"))
check(lambda: bytearray(b"\xc3\xa9").decode())
check(lambda: memoryview(b"\xc3\xa9").tobytes().decode())
check(lambda: b"\xef\xbb\xbfabc".decode("utf-8"))
check(lambda: b"\xef\xbb\xbfabc".decode("utf-8-sig"))
check(lambda: b"abc".decode("utf-8-sig"))
check(lambda: "abc".encode("utf-8-sig"))
check(lambda: b"\xef\xbb".decode("utf-8-sig"))
