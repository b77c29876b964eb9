"""Reads Python expressions, one a line, and prints `repr(v)` and `hash(v)` of each value.

Usage: python3.12 values.py < LINES. A line `set EXPR` evaluates EXPR to a tuple and prints
repr(frozenset(tuple)) and its hash instead. Outputs one line per input line.
"""
import sys

nan = float("nan")
inf = float("inf")
for line in sys.stdin.buffer.read().decode("utf-8", "surrogatepass").split("\n"):
    if not line:
        continue
    if line.startswith("set "):
        v = frozenset(eval(line[4:]))
    else:
        v = eval(line)
    try:
        h = hash(v)
    except TypeError:
        h = "unhashable"
    sys.stdout.buffer.write(f"{v!r}\t{h}\n".encode("utf-8", "surrogatepass"))
