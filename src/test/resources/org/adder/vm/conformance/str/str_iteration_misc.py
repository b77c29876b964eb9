"""Iterating over strings: iter/reversed/enumerate/zip/sorted/set of characters, str as a sequence for list()/tuple(), in-operator with substrings, min/max, and str.__iter__ types per width."""
s = "héllo😀"
print(list(s), tuple(s), list(reversed(s)), list(enumerate(s))[:3], sorted(s), sorted(set(s)), len(s))
print([type(iter(x)).__name__ for x in ("ascii", "é", "\u20ac", "😀")], type(reversed("ab")).__name__)
it = iter(s)
print(next(it), next(it), it.__length_hint__(), "".join(it), it.__length_hint__())
print(["".join(p) for p in zip("abc", "xyz")], dict(zip("ab", "cd")), [c * 2 for c in "ab"], {c: ord(c) for c in "hé"})
print("ll" in s, "l" in s, "" in s, "😀" in s, "lo😀" in s, "hé" in s, "H" in s, s.count("l"), max(s), min(s))
print(*"abc", sep="|")
a, b, *rest = "xyz!"
print(a, b, rest)
print(list(map(str.upper, "ab")), list(filter(str.isalpha, "a1b2")), "".join(reversed("abc")), "abc"[::-1] == "".join(reversed("abc")))
print(sum(map(ord, s)), any(c.isupper() for c in s), all(c.isprintable() for c in s), [i for i, c in enumerate(s) if c == "l"])
print(str.__iter__("ab").__next__(), list(str.__iter__("")), "x".__reversed__() if hasattr("x", "__reversed__") else "no __reversed__")
