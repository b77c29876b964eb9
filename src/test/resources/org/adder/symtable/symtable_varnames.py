"""Prints every block's parameters in order (ste_varnames, the start of co_varnames), depth-first.

Usage: python3.12 symtable_varnames.py FILE   — one line a block: <indent><type> <name!r> <varnames!r>
(parser warnings silenced; a SyntaxError printed as one line, as in symtable_oracle.py).
"""
import sys
import warnings
import _symtable

warnings.simplefilter("ignore")


def walk(ste, depth):
    print(f"{'  ' * depth}{ste.type} {ste.name!r} {ste.varnames!r}")
    for child in ste.children:
        walk(child, depth + 1)


path = sys.argv[1]
with open(path, "rb") as f:
    src = f.read()
try:
    walk(_symtable.symtable(src, path, "exec"), 0)
except SyntaxError as e:
    print(f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})", file=sys.stderr)
    sys.exit(1)
