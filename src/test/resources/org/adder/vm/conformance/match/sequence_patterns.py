"""Sequence patterns: fixed length, star captures, nested, tuples vs lists, which types count as sequences (str/bytes/dict do not)."""

def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"two: {a!r}, {b!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first!r} ... {last!r} (middle {middle})"
        case [first, *rest]:
            return f"head {first!r} rest {rest!r}"
        case _:
            return "not a sequence"

for v in ([], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], list(range(6)), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, range(3), 5, None):
    print(repr(v), "->", seq(v))

def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return ("pairs", a, b, c, d)
        case [[*inner]]:
            return ("single inner", inner)
        case (*_, [x, y]):
            return ("ends with pair", x, y)
        case _:
            return "no"
print(nested([(1, 2), [3, 4, 5]]))
print(nested([[1, 2, 3]]))
print(nested([0, 0, [7, 8]]))
print(nested([(1, 2, 3), [3]]))

print("iterator ->", seq(iter([1])))

# star capture types are always lists
match (1, 2, 3):
    case (a, *b):
        print(type(b).__name__, b)
match "xyz":
    case [*chars]:
        print("never")
    case _:
        print("str is not matched by sequence patterns")

# a custom sequence registered through collections is not available; a list subclass is a sequence
class MyList(list):
    pass
print(seq(MyList([1, 2])))
class NotSeq:
    def __getitem__(self, i): return i
    def __len__(self): return 2
print(seq(NotSeq()))

# memoryview and array-like builtins
print(seq(memoryview(b"ab")))
# length checks use len(); elements accessed by index
class LoudList(list):
    def __len__(self):
        print("__len__ called")
        return super().__len__()
    def __getitem__(self, i):
        print("__getitem__", i)
        return super().__getitem__(i)
match LoudList([10, 20, 30]):
    case [x, y]:
        print("never")
    case [x, *_, z]:
        print("matched", x, z)
