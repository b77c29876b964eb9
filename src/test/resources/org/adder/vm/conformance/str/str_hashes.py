"""hash() of str and bytes under PYTHONHASHSEED=0 (SipHash-1-3, with the small-string path): ASCII, Latin-1, BMP and astral strings, bytes equal to Latin-1 text, and the empty string."""
samples = ["", "a", "b", "ab", "abc", "hello", "hello world", "x" * 7, "x" * 8, "x" * 9, "x" * 100, "é", "ÿ", "\u20ac", "日本語",
           "😀", "a😀", "\ud800", "\x00", "0123456789abcdef", "The quick brown fox jumps over the lazy dog"]
for s in samples:
    print(ascii(s[:20]), hash(s))
for b in [b"", b"a", b"abc", b"hello", b"\xff" * 3, bytes(range(16))]:
    print(b[:10], hash(b), hash(b) == hash(b.decode("latin-1")))
print(hash(memoryview(b"abc")) == hash(b"abc"), hash("abc") == hash("ab" + "c"), hash("a" * 3) == hash("aaa"))
class S(str):
    pass
print(hash(S("hello")) == hash("hello"), {S("k"): 1}["k"], {"k": 2}[S("k")])
print({"apple": 1, "banana": 2, "cherry": 3, "date": 4}.keys() == {"date", "cherry", "banana", "apple"}, set("abcdefgh"))
