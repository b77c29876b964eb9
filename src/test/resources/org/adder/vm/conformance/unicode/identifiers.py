"""str.isidentifier: counts of valid start characters over all code points and continue characters over planes 0-2, keyword strings, non-ASCII identifiers, and characters that are only identifiers after NFKC (rejected by isidentifier, accepted in source)."""
ALL = "".join(map(chr, range(0x110000)))
start = "".join(filter(str.isidentifier, ALL))
cont_flags = list(map(str.isidentifier, map("a".__add__, ALL[:0x30000])))
cont = "".join(c for c, ok in zip(ALL[:0x30000], cont_flags) if ok)
print(len(start), sum(map(ord, start)), cont_flags.count(True), len(cont), sum(map(ord, cont)))
only_cont = [hex(ord(c)) for c in cont if not c.isidentifier()][:25]
print(only_cont)
for s in ["abc", "_", "__x__", "a1", "1a", "", " a", "a b", "class", "None", "ñandú", "变量", "℘", "℮", "℘x", "x℘", "·", "a·",
          "\u309b", "\u212e", "𝔘𝔫𝔦", "ﬁ", "a\u200d", "a\u00b7b", "é", "e\u0301", "Ⅻ", "$", "a-b", "٣", "a٣", "\U000E0100", "a\U000E0100"]:
    print(ascii(s), s.isidentifier())
ns = {}
exec("ﬁle = 1\n𝔘 = 2\nℌ = 3", ns)
print(sorted(k for k in ns if k != "__builtins__"))
