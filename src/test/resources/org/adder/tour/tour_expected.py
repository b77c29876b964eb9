"""What each section of `adder -m tour FILE` must show, computed the notebook's way by CPython 3.12.

Usage: python3.12 tour_expected.py FILE

Prints each section's body after a line `@@ NAME`: tokens (the notebook's TokenInfo lines),
ast (ast.dump(tree, indent=2)), symtable (the notebook's summary, then the symtable oracle's
dump), code (every code object's fields), dis (dis.dis of the module's code).
"""
import ast
import dis
import io
import symtable
import sys
import tokenize
import types
import _symtable as S

SCOPES = {S.LOCAL: "local", S.GLOBAL_EXPLICIT: "global_explicit",
          S.GLOBAL_IMPLICIT: "global_implicit", S.FREE: "free", S.CELL: "cell"}
FLAGS = [(n, getattr(S, n)) for n in (
    "DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE",
    "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER",
    "DEF_TYPE_PARAM", "DEF_COMP_CELL") if hasattr(S, n)]


def dump_block(t, depth=0):
    ind = "  " * depth
    extra = (" nested" if t.is_nested() else "") + (" optimized" if t.is_optimized() else "")
    print(f"{ind}block {t.get_type()} {t.get_name()!r} line {t.get_lineno()}{extra}")
    for name in sorted(t.get_identifiers()):
        sym = t.lookup(name)
        raw = sym._Symbol__flags
        flags = sorted(n.lower() for n, v in FLAGS if raw & v)
        print(f"{ind}  {name!r}: {SCOPES.get(sym._Symbol__scope, '-')} {','.join(flags) or '-'}")
    for c in t.get_children():
        dump_block(c, depth + 1)


def all_codes(co):
    yield co
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            yield from all_codes(c)


def main(path):
    with open(path, "rb") as f:
        src = f.read()
    print("@@ tokens")
    for tok in tokenize.tokenize(io.BytesIO(src).readline):
        if tok.type == tokenize.ENCODING:
            continue
        print(repr(tok))
    print("@@ ast")
    print(ast.dump(ast.parse(src, path), indent=2))
    print("@@ symtable")
    st = symtable.symtable(src, path, "exec")
    print("type: %s" % st.get_type())
    print("names: %s" % st.get_identifiers())
    for child in st.get_children():
        print("")
        print("Child block: %s  type: %s" % (child.get_name(), child.get_type()))
        print("  locals: %s" % child.get_identifiers())
    print()
    print("Every block, each name with its scope and flags:")
    dump_block(st)
    print("@@ code")
    code = compile(src, path, "exec", dont_inherit=True)
    for i, co in enumerate(all_codes(code)):
        if i:
            print()
        print(f"--- code object {co.co_qualname} ---")
        print("co_name     : %r" % (co.co_name,))
        print("co_varnames : %r" % (co.co_varnames,))
        print("co_names    : %r" % (co.co_names,))
        print("co_consts   : %r" % (co.co_consts,))
        print("co_flags    : %s" % (co.co_flags if not co.co_flags else f"{co.co_flags} ({dis.pretty_flags(co.co_flags)})"))
        print("co_qualname : %r" % (co.co_qualname,))
        print("co_cellvars : %r" % (co.co_cellvars,))
        print("co_freevars : %r" % (co.co_freevars,))
        print("co_argcount : %d" % co.co_argcount)
        print("co_posonlyargcount: %d" % co.co_posonlyargcount)
        print("co_kwonlyargcount: %d" % co.co_kwonlyargcount)
        print("co_stacksize: %d" % co.co_stacksize)
        print("co_firstlineno: %d" % co.co_firstlineno)
    print("@@ dis")
    dis.dis(code)


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")
    main(sys.argv[1])
