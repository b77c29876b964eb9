"""Or-patterns, as-patterns, guards: binding rules, guard evaluation order and side effects, nested or-patterns, compile errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

log = []
def guard(tag, result):
    log.append(tag)
    return result

def cmd(x):
    match x:
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", ("up" | "down") as how, *items] if guard("pick", bool(items)):
            return f"pick {how} {items}"
        case [("quit" | "exit")] | "q" as raw:
            return f"quit via {raw!r}"
        case (int() | float()) as num if guard("num", num > 0):
            return f"positive number {num}"
        case [(1 | 2) as a, (3 | 4) as b] | [(5 | 6) as b, (7 | 8) as a]:
            return f"a={a} b={b}"
        case {"op": ("add" | "sub") as op, "args": [int() as l, int() as r]}:
            return f"{op}({l}, {r})"
        case str() as s if guard("str", len(s) > 3) and guard("str2", s.isupper()):
            return f"shout {s}"
        case _:
            return "unrecognised"

for v in (["go", "north"], ["go", "up"], ["pick", "up", "a", "b"], ["pick", "down"], ["quit"], ["exit"], "q",
          5, -5, 2.5, [2, 4], [6, 7], [1, 7], {"op": "add", "args": [1, 2]}, {"op": "mul", "args": [1, 2]},
          "LOUD", "quiet", "HI"):
    log.clear()
    print(repr(v), "->", cmd(v), log)

# guards see bindings; a failed guard leaves bindings in place
match [1, 2]:
    case [a, b] if a > b:
        print("never")
    case [c, d]:
        print("second case, a and b still bound:", a, b, c, d)

# as-pattern on the whole subject and nested captures
match (1, (2, 3)):
    case (x, (y, z) as inner) as whole:
        print(x, y, z, inner, whole)

# compile-time checks
for src in ("match v:\n case a | b: pass",
            "match v:\n case [a] | [b]: pass",
            "match v:\n case _ as _: pass",
            "match v:\n case x:\n  pass\n case 1:\n  pass",
            "match v:\n case [a, a]: pass",
            "match v:\n case 1 as True: pass"):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# guard raising propagates
def boom():
    raise ValueError("guard exploded")
def g(x):
    match x:
        case 1 if boom():
            return "never"
check(lambda: g(1))
check(lambda: g(2))
