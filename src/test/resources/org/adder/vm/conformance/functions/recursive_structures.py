"""Recursive functions over nested data: flatten, depth, deep copy by hand, recursive reprs of self-containing lists/dicts, equality of recursive lists."""

def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
nested = [1, [2, [3, [4, [5]]]], (6, [7]), [], [[[]]]]
print(flatten(nested))

def depth(x):
    if isinstance(x, (list, tuple)) and x:
        return 1 + max(depth(i) for i in x)
    return 1 if isinstance(x, (list, tuple)) else 0
print(depth(nested), depth([]), depth(5))

def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x
src = {"a": [1, {"b": [2, 3]}], "c": []}
cp = deep_copy(src)
cp["a"][1]["b"].append(99)
print(src, cp)

a = [1, 2]
a.append(a)
b = {"k": a}
b["self"] = b
print(a, b, repr(a) == "[1, 2, [...]]")
t = (a,)
print(t)
s = [[]]
s[0].append(s)
print(s)

class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __repr__(self):
        return f"Node({self.v}, {self.nxt!r})"
print(Node(1, Node(2, Node(3))))

def permutations(items):
    if len(items) <= 1:
        return [items]
    return [[items[i]] + p for i in range(len(items)) for p in permutations(items[:i] + items[i + 1:])]
print(permutations([1, 2, 3]), len(permutations(list(range(5)))))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(power_set(["a", "b", "c"]))
