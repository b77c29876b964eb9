"""String repetition and concatenation corner cases: *0 and negatives, multiplication by bools and __index__ objects, large results, += loops, join vs +, and identity-free equality checks."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r) if len(repr(r)) < 80 else f"<len {len(r)}>")

class I:
    def __index__(self):
        return 3
check(lambda: "ab" * True)
check(lambda: "ab" * False)
check(lambda: "ab" * I())
check(lambda: I() * "ab")
check(lambda: "ab" * -(10**30))
check(lambda: "" * (10**30))
check(lambda: "ab" * (10**30))
check(lambda: "😀" * 3)
check(lambda: ("é" * 1000)[-3:])
check(lambda: len("abc" * 100000))
check(lambda: "a" + "b" + "c")
check(lambda: "".join(["a"] * 5))
acc = ""
for i in range(10):
    acc += str(i)
print(acc, len(acc))
parts = []
for w in ("x", "yy", "zzz"):
    parts.append(w)
    parts.append("-")
print("".join(parts), "-".join(parts[::2]))
check(lambda: "a" * 2 == "aa")
check(lambda: "ab" * 2 == "abab")
check(lambda: ("a" * 50) < ("a" * 51))
check(lambda: "abc".__mul__(2))
check(lambda: "abc".__rmul__(2))
check(lambda: "abc".__add__("d"))
check(lambda: "abc".__radd__("d") if hasattr("abc", "__radd__") else "no __radd__")
check(lambda: sum(["a", "b"], ""))
