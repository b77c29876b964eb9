"""What CPython's compiler took from the symbol table, read back off its code objects.

Usage: python3.12 symtable_codeinfo.py FILE

compile(FILE) and, for every code object (each a non-inlined block), one line: its name, the
co_flags the symbol table decides (CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR,
CO_COROUTINE, CO_ASYNC_GENERATOR), and its sorted co_cellvars and co_freevars; nested code
objects follow, indented. Siblings are sorted, since the compiler creates them in a slightly
different order than the symbol table visits them (decorators before defaults, bases after the
class body), and equal siblings shown once, since equal code objects are one constant
(`f, g = lambda: 0, lambda: 0`). Parser warnings are silenced; a SyntaxError is printed as one line.
"""
import sys
import types
import warnings

warnings.simplefilter("ignore")
MASK = 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200


def render(co, depth):
    head = "%s%s %#x cells=%s free=%s\n" % ("  " * depth, co.co_name, co.co_flags & MASK,
                                            ",".join(sorted(co.co_cellvars)), ",".join(sorted(co.co_freevars)))
    children = sorted({render(c, depth + 1) for c in co.co_consts if isinstance(c, types.CodeType)})
    return head + "".join(children)


path = sys.argv[1]
with open(path, "rb") as f:
    src = f.read()
try:
    code = compile(src, path, "exec", dont_inherit=True)
except SyntaxError as e:
    print(f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})", file=sys.stderr)
    sys.exit(1)
sys.stdout.write(render(code, 0))
