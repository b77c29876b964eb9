"""str: replace (count, empty old, growth), join (errors for non-str items with their index), str * n, concatenation errors, maketrans/translate."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1), s.replace("x", "y"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"), "aaa".replace("a", ""), "aaa".replace("aa", "b"))
print("a😀b".replace("😀", "é"), "é".replace("é", "😀😀"), "abc".replace("b", "b" * 5))
check(lambda: "abc".replace("b", "x", count=1))
check(lambda: "abc".replace("b"))
check(lambda: "abc".replace(1, "x"))
check(lambda: "abc".replace("b", None))
check(lambda: "abc".replace("b", "x", 1.0))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), "😀".join(["a", "b"]), ", ".join(str(i) for i in range(5)), "x".join(["only"]))
check(lambda: ",".join(["a", 1, "c"]))
check(lambda: ",".join(["a", "b", None]))
check(lambda: ",".join([b"a"]))
check(lambda: ",".join(5))
check(lambda: ",".join(iter(["a", "b"])))
check(lambda: ",".join({"b": 1, "a": 2}))
class S(str):
    pass
r = "".join([S("x")])
print(repr(r), type(r).__name__, type("".join([S("x"), "y"])).__name__)
print("ab" * 3, "ab" * 0, "ab" * -5, 3 * "x", "" * 100, repr("a" * 1 * 1))
check(lambda: "a" + 1)
check(lambda: 1 + "a")
check(lambda: "a" + None)
check(lambda: "a" + b"b")
check(lambda: "a" * "b")
check(lambda: "a" * 1.0)
check(lambda: "ab" * (2**62))
check(lambda: "a" - "b")
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdabcd".translate(t), "hello".translate({ord("l"): None, ord("h"): "JJ"}), "abc".translate({97: 0x1F600}), "abc".translate({}))
print(sorted(str.maketrans({"a": "1", "b": None, 99: "x"}).items()))
check(lambda: str.maketrans("ab", "x"))
check(lambda: str.maketrans({"ab": 1}))
check(lambda: str.maketrans({1.5: 1}))
check(lambda: str.maketrans("a"))
check(lambda: str.maketrans(1, 2))
check(lambda: str.maketrans("a", "b", 3))
check(lambda: "abc".translate({97: 1.5}))
check(lambda: "abc".translate({97: 0x110000}))
check(lambda: "abc".translate({97: -1}))
class Tbl:
    def __getitem__(self, k):
        print("lookup", k)
        if k == 98:
            raise LookupError
        return k + 1
check(lambda: "abc".translate(Tbl()))
check(lambda: "abc".translate(5))
