"""Reads Python expressions, one a line, and prints `repr(v)` and `hash(v)` of each value.

Usage: python3.12 values.py < LINES. A line `set EXPR` evaluates EXPR to a tuple and prints
repr(frozenset(tuple)) and its hash instead; `const ITEMS` compiles `x in {ITEMS}` and prints
the frozenset constant the compiler made. Outputs one line per input line.
"""
import sys

nan = float("nan")
inf = float("inf")
for line in sys.stdin.buffer.read().decode("utf-8", "surrogatepass").split("\n"):
    if not line:
        continue
    if line.startswith("set "):
        v = frozenset(eval(line[4:]))
    elif line.startswith("const "):
        code = compile("x in {" + line[6:] + "}", "<const>", "eval")
        v = next(c for c in code.co_consts if isinstance(c, frozenset))
    else:
        v = eval(line)
    try:
        h = hash(v)
    except TypeError:
        h = "unhashable"
    sys.stdout.buffer.write(f"{v!r}\t{h}\n".encode("utf-8", "surrogatepass"))
