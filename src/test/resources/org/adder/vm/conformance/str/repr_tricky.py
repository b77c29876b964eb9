"""repr() and ascii() of tricky strings: quote selection, escapes, control characters, non-printables (C1, format, separators), lone surrogates, astral, and str()."""
samples = ["", "'", '"', "'\"", "it's", 'say "hi"', "\\", "\n\r\t", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é", "ÿ", "\u0100", "\u200b",
           "\u200e\u2028\u2029", "\u3000", "\ufeff", "\ufffd", "\uffff", "\ud800", "\udfff", "\ud83d\ude00", "😀", "\U0001F1FA",
           "\U000E0001", "\U0010FFFF", "\U000F0000", "\u0378", "\u00a0", "\x0b\x0c", "a\x1bb", "\u0301", "ǅ", "\u2066", "\U0001d11e",
           "\\n", "'''", '"""', "'\"'", "\u061c", "\u180e", "\U00013430"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)), repr(s).isascii())
print(repr(samples[:6]))
print(str(["é", "\n"]), str(("'",)), str({"k\x00": "\ud800"}))
class S(str):
    pass
print(repr(S("x\ny")), ascii(S("é")), repr(str(S("q"))))
