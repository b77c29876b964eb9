"""Sequence patterns with star wildcards and captures at every position; large sequences, strings inside sequences, tuple vs list subjects."""

def where_is(seq, target):
    match seq:
        case [x, *_] if x == target:
            return "first"
        case [*_, x] if x == target:
            return "last"
        case [_, *mid, _] if target in mid:
            return f"middle at {mid.index(target) + 1}"
        case []:
            return "empty"
        case _:
            return "absent"

for seq in ([1, 2, 3], [2, 1, 3], [3, 1, 2], [1], [], list(range(100)), (5, 6, 7, 8)):
    print(seq if len(seq) < 10 else "range(100)", [where_is(seq, t) for t in (1, 2, 50, 6)])

match ["a", "bc", ["d"]]:
    case [str(a), str() as bc, [*inner]]:
        print(a, bc, inner)
match [1, [2, [3, [4, []]]]]:
    case [a, [b, [c, [d, []]]]]:
        print("linked list", a, b, c, d)
match (1, 2, 3, 4, 5):
    case (first, second, *others):
        print(first, second, others, type(others).__name__)
match [0] * 50:
    case [0, *zeros, 0] if not any(zeros):
        print("fifty zeros, middle has", len(zeros))
for src in ("match x:\n case [*a, *b]: pass", "match x:\n case *a: pass", "match x:\n case [*_, *_]: pass"):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
