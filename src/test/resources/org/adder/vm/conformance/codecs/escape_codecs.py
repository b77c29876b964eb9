"""unicode_escape, raw_unicode_escape and latin-1 round trips: encoding of control and astral characters, decoding escapes, and malformed escape errors."""
def check(f):
    try:
        r = f()
    except UnicodeError as e:
        print(type(e).__name__ + ":", e)
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(ascii(r))

s = "a\n\t\\'\"\x00\x7f\xe9\u0100\U0001F600"
check(lambda: s.encode("unicode_escape"))
check(lambda: s.encode("raw_unicode_escape"))
check(lambda: s.encode("unicode_escape").decode("unicode_escape") == s)
check(lambda: b"\\x41\\u00e9\\U0001F600\\n\\t\\\\\\101\\N{BULLET}".decode("unicode_escape"))
check(lambda: b"\\u00e9\\n".decode("raw_unicode_escape"))
check(lambda: b"\xe9".decode("unicode_escape"))
check(lambda: b"\\x4".decode("unicode_escape"))
check(lambda: b"\\u12".decode("unicode_escape"))
check(lambda: b"\\U00110000".decode("unicode_escape"))
check(lambda: b"\\N{NOPE}".decode("unicode_escape"))
check(lambda: b"\\".decode("unicode_escape"))
check(lambda: b"\\x4".decode("unicode_escape", "replace"))
check(lambda: b"\\x4".decode("unicode_escape", "ignore"))
check(lambda: b"\\u12".decode("raw_unicode_escape"))
check(lambda: b"\\q".decode("unicode_escape"))
check(lambda: "\ud800".encode("unicode_escape"))
check(lambda: "\ud800".encode("raw_unicode_escape"))
