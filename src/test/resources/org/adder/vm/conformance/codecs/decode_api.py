"""bytes.decode / bytearray.decode API: keyword arguments, default encoding, encoding-name normalisation (case, dashes, underscores, spaces), non-text codecs, argument type errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(ascii(r))

data = "é€".encode("utf-8")
for name in ["utf-8", "UTF-8", "utf8", "Utf_8", "  utf-8  ", "utf 8", "UTF--8", "latin_1", "LATIN1", "iso_8859_1", "8859",
             "cp-1252", "CP1252", "windows_1252", "ascii", "ANSI_X3.4-1968", "utf-16le", "UTF_16_BE", "utf32", "mbcs-nope"]:
    print(repr(name), end=" ")
    check(lambda: data.decode(name, "replace"))
check(lambda: data.decode())
check(lambda: data.decode(encoding="utf-8", errors="strict"))
check(lambda: data.decode(errors="ignore"))
check(lambda: bytearray(data).decode("ascii", errors="backslashreplace"))
check(lambda: data.decode("utf-8", "strict", "extra"))
check(lambda: data.decode(8))
check(lambda: data.decode("utf-8", None))
check(lambda: data.decode(None))
check(lambda: data.decode("rot13"))
check(lambda: data.decode("hex"))
check(lambda: data.decode("zlib"))
check(lambda: data.decode(""))
check(lambda: data.decode("utf-8\x00"))
check(lambda: b"".decode("nonexistent"))
check(lambda: b"abc".decode("ascii", "nonexistent"))
check(lambda: b"\xff".decode("ascii", "nonexistent"))
check(lambda: memoryview(b"x").decode())
check(lambda: str(data, "utf-8") == data.decode())
