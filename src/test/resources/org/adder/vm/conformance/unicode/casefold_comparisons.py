"""Caseless comparison with casefold vs lower: German, Greek sigma forms, Cherokee, ligatures, Turkish dotted I, Armenian; equality of casefolded strings and sorting by casefold key."""
pairs = [("Straße", "STRASSE"), ("Σίσυφος", "ΣΊΣΥΦΟΣ"), ("ﬁle", "FILE"), ("İ", "i̇"), ("ǅ", "ǆ"), ("Ꭰ", "ꭰ"), ("ﬅ", "st"), ("ﻼ", "ﻼ"),
         ("MASSE", "Maße"), ("ὈΔΥΣΣΕΎΣ", "ὀδυσσεύς"), ("և", "ԵՒ"), ("ŉ", "ʼN"), ("ǰ", "J̌"), ("ﬀ", "FF"), ("µ", "Μ"), ("ſ", "S")]
for a, b in pairs:
    print(ascii(a), ascii(b), a.lower() == b.lower(), a.casefold() == b.casefold(), a.upper() == b.upper(), ascii(a.casefold()))
words = ["zebra", "Äpfel", "apple", "Zoo", "ß", "ss", "Straße", "strasse", "éclair", "Eclair"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=str.lower))
print(len({w.casefold() for w in words}), len({w.lower() for w in words}))
