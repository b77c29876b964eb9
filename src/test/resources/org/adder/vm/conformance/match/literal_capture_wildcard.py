"""match with literal, capture, wildcard and value patterns: equality vs identity for None/True/False, -0.0, strings vs bytes, complex literals."""

def classify(x):
    match x:
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return f"other {x!r}"

for v in (0, 0.0, -0.0, 0j, False, 1, True, 1.0, 1.5, -1, 1 + 2j, "hello", "hi", b"bytes", "bytes", None, [], "", 2):
    print(repr(v), "->", classify(v))

def capture(x):
    match x:
        case 1:
            return "literal"
        case other:
            return f"captured {other!r}"
print(capture(1), capture("z"), capture(None))

class Color:
    RED = "red"
    GREEN = "green"
class Consts:
    LIMIT = 10
def value_pattern(x):
    match x:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case Consts.LIMIT:
            return "at limit"
        case _:
            return "unknown"
print([value_pattern(v) for v in ("red", "green", 10, 10.0, "blue")])

# the subject is evaluated exactly once
calls = []
def subject():
    calls.append(1)
    return 3
match subject():
    case 1: pass
    case 2: pass
    case 3: print("matched 3 after", len(calls), "evaluation")

# capture binds even when a later guard fails
match 42:
    case n if n > 100:
        print("never")
    case _:
        print("guard failed, but n is bound:", n)

# no case matches: nothing happens, names of failed captures may stay unbound
match "nothing":
    case 1:
        print("never")
print("fell through")
# string literal concatenation and f-string not allowed
for src in ("match x:\n case f'a': pass", "match x:\n case a.b(): pass\n case 1 + 1: pass"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
match "ab":
    case "a" "b":
        print("implicit concatenation matched")
