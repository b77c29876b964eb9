"""The tour's data model (see org.adder.tour.TourJson) computed by CPython 3.12 itself.

Usage: python3.12 tour_data.py FILE  ->  JSON on stdout

The tests compare Adder's model with this one, render pages from it before Adder's own stages
exist, and take the positions they check the page against from it.
"""
import ast
import dis
import io
import json
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
JUMPS = set(dis.hasjrel) | set(dis.hasjabs)


def tokens(src):
    out = []
    for t in tokenize.tokenize(io.BytesIO(src).readline):
        if t.type == tokenize.ENCODING:
            continue
        out.append({"type": t.type, "name": tokenize.tok_name[t.type], "exact": tokenize.tok_name[t.exact_type],
                    "string": t.string, "span": [*t.start, *t.end], "repr": repr(t)})
    return out


def node(n):
    """A node with the fields ast.dump (3.12) shows: None is left out where the field is optional."""
    cls = type(n)
    fields = []
    for name in n._fields:
        try:
            value = getattr(n, name)
        except AttributeError:
            continue
        if value is None and getattr(cls, name, ...) is None:
            continue
        fields.append([name, val(value)])
    out = {"t": cls.__name__}
    if "lineno" in n._attributes and hasattr(n, "lineno"):
        out["p"] = [n.lineno, n.col_offset, getattr(n, "end_lineno", None), getattr(n, "end_col_offset", None)]
    out["f"] = fields
    return out


def val(v):
    if isinstance(v, ast.AST):
        return node(v)
    if isinstance(v, list):
        return [val(x) for x in v]
    return repr(v)


def block(t):
    symbols = []
    for name in sorted(t.get_identifiers()):
        sym = t.lookup(name)
        raw = sym._Symbol__flags
        symbols.append({"name": name, "scope": SCOPES.get(sym._Symbol__scope, "-"),
                        "flags": sorted(n.lower() for n, v in FLAGS if raw & v)})
    return {"type": t.get_type(), "name": t.get_name(), "lineno": t.get_lineno(), "nested": t.is_nested(),
            "optimized": t.is_optimized(), "identifiers": list(t.get_identifiers()), "symbols": symbols,
            "children": [block(c) for c in t.get_children()]}


def codes(co, depth, out):
    listing = io.StringIO()
    dis.disassemble(co, file=listing)
    instructions = []
    # dis.Bytecode, as the listing, counts exception handlers as jump targets (get_instructions does not)
    for i in dis.Bytecode(co):
        p = i.positions
        pos = None if p is None or all(x is None for x in p) else [p.lineno, p.col_offset, p.end_lineno, p.end_col_offset]
        instructions.append({"offset": i.offset, "opname": i.opname, "arg": i.arg, "argrepr": i.argrepr,
                             "line": i.starts_line, "target": i.is_jump_target,
                             "jump": i.argval if i.opcode in JUMPS else None, "pos": pos})
    out.append({"depth": depth, "name": co.co_name, "qualname": co.co_qualname, "filename": co.co_filename,
                "firstlineno": co.co_firstlineno, "argcount": co.co_argcount,
                "posonlyargcount": co.co_posonlyargcount, "kwonlyargcount": co.co_kwonlyargcount,
                "nlocals": co.co_nlocals, "stacksize": co.co_stacksize, "flags": co.co_flags,
                "varnames": list(co.co_varnames), "cellvars": list(co.co_cellvars),
                "freevars": list(co.co_freevars), "names": list(co.co_names),
                "consts": [repr(c) for c in co.co_consts], "repr": repr(co), "dis": listing.getvalue(),
                "instructions": instructions})
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            codes(c, depth + 1, out)
    return out


def model(path):
    with open(path, "rb") as f:
        src = f.read()
    text = src.decode(tokenize.detect_encoding(io.BytesIO(src).readline)[0])
    data = {"file": path, "source": text, "tokens": None, "ast": None, "symtable": None, "code": None,
            "error": None}
    data["tokens"] = tokens(src)
    tree = ast.parse(src, path)
    data["ast"] = {"dump": ast.dump(tree, indent=2), "tree": node(tree)}
    data["symtable"] = block(symtable.symtable(src, path, "exec"))
    data["code"] = codes(compile(src, path, "exec", dont_inherit=True), 0, [])
    return data


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")
    json.dump(model(sys.argv[1]), sys.stdout, ensure_ascii=False)
