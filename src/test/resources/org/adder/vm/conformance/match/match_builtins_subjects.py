"""match on builtin subjects: bool/int distinction in class patterns, str()/bytes() captures, sequences of mixed types, dict views, nested data."""

def describe(v):
    match v:
        case bool():
            return "bool"
        case int(n) if n < 0:
            return "negative int"
        case int(0):
            return "int zero"
        case int():
            return "positive int"
        case float(x) if x != x:
            return "nan"
        case float(0.0):
            return "float zero (either sign)"
        case str(s) if s.isdigit():
            return f"digit string {int(s)}"
        case str("") | bytes(b""):
            return "empty text or bytes"
        case (str() | bytes()) as t:
            return f"text-like {type(t).__name__}"
        case [int(), *_] as ints if all(isinstance(i, int) for i in ints):
            return "list of ints"
        case [*_]:
            return "other sequence"
        case {"id": int(i), **rest}:
            return f"record {i} {sorted(rest)}"
        case _:
            return type(v).__name__

for v in (True, False, -3, 0, 7, float("nan"), 0.0, -0.0, "123", "", b"", "abc", b"abc", [1, 2], [1, "a"], (), (1, 2),
          {"id": 5, "b": 1, "a": 2}, {"id": "x"}, None, {1, 2}, {}.keys(), range(0)):
    print(repr(v), "->", describe(v))

# deeply nested data
tree = ("node", ("leaf", 1), ("node", ("leaf", 2), ("leaf", 3)))
def total(t):
    match t:
        case ("leaf", int(v)):
            return v
        case ("node", left, right):
            return total(left) + total(right)
print(total(tree))

# match in a loop with break/continue
events = [("key", "a"), ("noise",), ("key", "b"), ("stop",), ("key", "never")]
typed = []
for ev in events:
    match ev:
        case ("key", k):
            typed.append(k)
        case ("noise",):
            continue
        case ("stop",):
            break
print(typed)

# match as a soft keyword: still usable as a name
match = [1, 2]
case = "case name"
print(match, case)
match match:
    case [1, _]:
        print("soft keyword subject")
