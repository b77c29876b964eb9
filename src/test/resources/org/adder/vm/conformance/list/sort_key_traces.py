"""list.sort key function: called exactly once per element in order, before any comparison; comparisons use only __lt__; reverse keeps equal keys in original order; traces of every call."""
class Item:
    def __init__(self, name, rank):
        self.name, self.rank = name, rank
    def __repr__(self):
        return self.name
class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"lt({self.v},{o.v})", end=" ")
        return self.v < o.v
def key(item):
    print(f"key({item.name})", end=" ")
    return Key(item.rank)
items = [Item("a", 3), Item("b", 1), Item("c", 2), Item("d", 1), Item("e", 3)]
items.sort(key=key)
print()
print(items)
items.sort(key=key, reverse=True)
print()
print(items)
print(sorted([Item("x", 2), Item("y", 2), Item("z", 1)], key=lambda i: i.rank, reverse=True))
print(sorted([Item("p", 1)], key=key))
print(sorted([], key=key))
nums = [5, 2, 8, 1, 9, 3]
print(sorted(nums, key=lambda n: n % 3), sorted(nums, key=lambda n: -n), sorted(nums, key=str), sorted(map(str, nums + [10, 100])))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A", "a", "B"], key=str.casefold, reverse=True))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted([[3], [1, 2], [1]]), sorted([(1, [2]), (1, [1])]))
