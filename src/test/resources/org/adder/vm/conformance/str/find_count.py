"""str: find rfind index rindex count startswith endswith with start/end (negative, out of range, None), empty needles, tuples of prefixes, and every error."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "abracadabra"
for sub in ["a", "abra", "ra", "", "z", "abracadabrax", "c"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, 8), s.count(sub, -5),
          s.find(sub, -3, -1), s.find(sub, 20), s.count(sub, 11), s.find(sub, None, None), s.startswith(sub), s.endswith(sub))
print("".find(""), "".rfind(""), "".count(""), "abc".count(""), "abc".count("", 1), "abc".count("", 4), "abc".find("", 3), "abc".find("", 4))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "a😀b😀".find("😀"), "a😀b😀".rfind("😀"), "a😀b😀".count("😀"))
print("ab\u00e9cd\u00e9".find("\u00e9"), "x\U00010000y".index("y"), "\u0100abc".rfind("c"))
check(lambda: s.index("z"))
check(lambda: s.rindex("z"))
check(lambda: s.index("a", 1, 3))
check(lambda: s.rindex("abra", 1))
check(lambda: s.index(""))
check(lambda: s.find(1))
check(lambda: s.count(None))
check(lambda: s.find("a", "1"))
check(lambda: s.find("a", 1.5))
check(lambda: s.find())
check(lambda: s.find("a", 1, 2, 3))
check(lambda: s.index(b"a"))
check(lambda: s.startswith(("x", "ab")))
check(lambda: s.startswith(("x", "y")))
check(lambda: s.startswith(()))
check(lambda: s.endswith(("bra", 1)))
check(lambda: s.endswith(["bra"]))
check(lambda: s.startswith(1))
check(lambda: s.startswith("bra", 1))
check(lambda: s.startswith("bra", 1, 3))
check(lambda: s.endswith("cad", 0, 7))
check(lambda: s.endswith("", 20))
check(lambda: s.startswith("", 11))
check(lambda: s.startswith("", 12))
check(lambda: s.startswith("a", -1))
check(lambda: s.find("a", 10**30))
check(lambda: s.count("a", -(10**30), 10**30))
check(lambda: "a" in s)
check(lambda: "" in "")
check(lambda: 1 in s)
check(lambda: None in "abc")
