"""list.sort and sorted: stability, key, reverse (stable too), mixed-type errors, exceptions from key and __lt__, "list modified during sort", only __lt__ used, and keyword-only arguments."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1), ("f", 2)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, reverse=True))
print(sorted("hello world"), sorted([3, 1.5, True, -2, 0.0]), sorted([], reverse=True), sorted({3: 1, 1: 2}))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"lt({self.v},{o.v})", end=" ")
        return self.v < o.v
    def __repr__(self):
        return f"K{self.v}"
r = sorted([K(3), K(1), K(2)])
print()
print(r)
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("gt", end=" ")
        return self.v > o.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(2), OnlyGt(1)]))
check(lambda: sorted([1, "a"]))
check(lambda: sorted([1, None, 2]))
check(lambda: sorted([{1}, {2}, {1, 2}]))
check(lambda: sorted([1j, 2j]))
check(lambda: sorted([3, 1], key=lambda x: 1 / (x - 1)))
check(lambda: sorted([1, 2], key=5))
check(lambda: sorted([1, 2], 1))
check(lambda: [1, 2].sort(lambda x: x))
check(lambda: [1, 2].sort(cmp=None))
check(lambda: sorted())
check(lambda: sorted(5))
check(lambda: sorted([2, 1], key=None, reverse=2))
check(lambda: sorted([2, 1], reverse="yes"))
class Bad:
    def __lt__(self, o):
        raise RuntimeError("no order")
    def __repr__(self):
        return "Bad()"
check(lambda: sorted([Bad(), Bad()]))
check(lambda: sorted([Bad()]))
lst = [5, 3, 1]
def mutating_key(x):
    lst.append(x)
    return x
check(lambda: lst.sort(key=mutating_key))
print(lst)
lst2 = [3, 2, 1]
def peek_key(x):
    print("during sort len", len(lst2), lst2)
    return x
lst2.sort(key=peek_key)
print(lst2)
data = [3, 1, 2]
print(data.sort(), data, sorted(data, key=lambda x: -x), data)
print(sorted([0.0, -0.0, 0, False]), sorted([-0.0, 0.0]), sorted([float("nan"), 1, 0]))
