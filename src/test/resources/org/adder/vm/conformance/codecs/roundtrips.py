"""Round trips of a sample text through many codecs that can represent it (utf-8/16/32 variants, utf-8-sig, unicode_escape, raw_unicode_escape, latin-1 subset, cp1252 subset), comparing lengths and byte prefixes."""
text = "Grüße, €uro — naïve café 😀 \U0010FFFF\n\t\\end"
for enc in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "unicode_escape", "raw_unicode_escape"):
    data = text.encode(enc)
    back = data.decode(enc)
    print(enc, len(data), data[:12], back == text)
latin = "Grüße naïve café ÿ\xa0\x00"
for enc in ("latin-1", "cp1252", "iso8859-15", "cp437", "mac-roman", "cp850"):
    try:
        data = latin.encode(enc)
        print(enc, len(data), data.hex()[:24], data.decode(enc) == latin)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e.start, e.reason)
print(text.encode("ascii", "backslashreplace").decode("unicode_escape") == text)
print(text.encode("ascii", "xmlcharrefreplace")[:40])
print("".join(chr(i) for i in range(256)).encode("latin-1") == bytes(range(256)))
print(bytes(range(256)).decode("cp1252", "replace").count("\ufffd"), bytes(range(256)).decode("cp437") == bytes(range(256)).decode("cp437"))
