"""str literals: \\N{...} named escapes (letters, aliases, CJK, Hangul syllables, emoji), \\x \\u \\U \\ooo escapes, raw strings, and their values."""
vals = ["\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{GREEK CAPITAL LETTER SIGMA}", "\N{EM DASH}", "\N{BULLET}", "\N{SNOWMAN}",
        "\N{GRINNING FACE}", "\N{CJK UNIFIED IDEOGRAPH-4E00}", "\N{HANGUL SYLLABLE GAG}", "\N{LINE FEED}", "\N{NULL}",
        "\N{latin small letter a}", "\N{NO-BREAK SPACE}", "\N{ZERO WIDTH JOINER}", "\N{BYTE ORDER MARK}", "\N{DIGIT ZERO}",
        "\N{EURO SIGN}", "\N{MUSICAL SYMBOL G CLEF}", "\N{TAG LATIN CAPITAL LETTER A}", "\N{VARIATION SELECTOR-16}",
        "\N{HANGUL SYLLABLE HIH}", "\N{CJK UNIFIED IDEOGRAPH-20000}", "\N{LATIN CAPITAL LETTER GHA}", "\N{SPACE}"]
for v in vals:
    print(ascii(v), len(v), [hex(ord(c)) for c in v])
print(ascii("\x41\u0042\U00000043\101\0\7\77\777"), len("\777"), ord("\777"))
print(ascii("\a\b\f\n\r\t\v\\\'\""), r"\n\t\N{x}", len(r"\\"), rb"\x00"[1:], "\
continued")
print(ascii("a" "b" 'c' """d""" '''e'''), "\N{DIGIT ONE}\N{DIGIT TWO}" == "12", "\u00e9" == "\N{LATIN SMALL LETTER E WITH ACUTE}")
src = ['"\\N{NOT A REAL NAME}"', '"\\N{}"', '"\\N"', '"\\x4"', '"\\u12"', '"\\U0011ffff"', '"\\U1234567"', '"\\q"', 'b"\\N{SPACE}"']
for code in src:
    try:
        print(ascii(eval(code)))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
