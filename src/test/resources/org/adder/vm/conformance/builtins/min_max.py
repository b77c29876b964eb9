"""Builtins min and max: positional vs iterable forms, key and default keywords, ties (first wins), mixed types, and every error message."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

check(lambda: max(3, 1, 2))
check(lambda: min([3, 1, 2]))
check(lambda: max("hello"))
check(lambda: min((), default="empty"))
check(lambda: max([], default=None))
check(lambda: max([5], default=0))
check(lambda: max(["aa", "b", "cc"], key=len))
check(lambda: min(["aa", "b", "cc", "d"], key=len))
check(lambda: max([(1, "b"), (1, "a")]))
check(lambda: max([1, 1.0, True]))
check(lambda: min([1, 1.0, True]))
check(lambda: max({3: "a", 9: "b"}))
check(lambda: max({"a": 3, "b": 9}, key={"a": 3, "b": 9}.get))
check(lambda: max(iter([4, 8, 2])))
check(lambda: max(1, 2, key=lambda x: -x))
check(lambda: max(1, 2, key=None))
check(lambda: max([float("nan"), 1, 2]))
check(lambda: max([1, float("nan"), 2]))
check(lambda: max([]))
check(lambda: min(()))
check(lambda: max())
check(lambda: max(5))
check(lambda: min(1, 2, default=0))
check(lambda: max([1, "a"]))
check(lambda: max([1, 2], key=5))
check(lambda: max([1, 2], bogus=1))
check(lambda: max([1, 0], key=lambda x: 1 / x))
check(lambda: min(None))
check(lambda: max(1, 2, 3, key=str, default=0))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"lt({self.v},{o.v})", end=" ")
        return self.v < o.v
    def __gt__(self, o):
        print(f"gt({self.v},{o.v})", end=" ")
        return self.v > o.v
    def __repr__(self):
        return f"V{self.v}"
print(max(V(1), V(3), V(2)))
print(min(V(1), V(3), V(0)))
