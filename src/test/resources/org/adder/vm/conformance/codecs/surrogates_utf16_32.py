"""Surrogates through UTF-16/UTF-32 in both directions: pairs combine on encode, lone ones need surrogatepass, reversed pairs stay separate, decoding unpaired units with each handler, and big/little endian byte orders."""
def check(f):
    try:
        r = f()
    except UnicodeError as e:
        print(type(e).__name__ + ":", e)
    else:
        print(ascii(r))
for s in ["\ud83d\ude00", "\ude00\ud83d", "\ud800", "\udfff", "a\ud800b", "\U0001F600"]:
    for enc in ("utf-16-le", "utf-16-be", "utf-32-le"):
        check(lambda: s.encode(enc))
        check(lambda: s.encode(enc, "surrogatepass"))
for data, enc in [(b"\x3d\xd8\x00\xde", "utf-16-le"), (b"\x00\xde\x3d\xd8", "utf-16-le"), (b"\xd8\x3d", "utf-16-be"), (b"\x00\xd8\x00\x00", "utf-32-le"),
                  (b"\x00\x00\xd8\x00", "utf-32-be")]:
    for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogatepass"):
        print(data.hex(), enc, errors, end=" ")
        check(lambda: data.decode(enc, errors))
