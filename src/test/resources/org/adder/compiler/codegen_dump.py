"""Prints CPython 3.12's codegen output for the module unit of one file.

Usage: python3.12 codegen_dump.py OPTIMIZE FILE

_testinternalcapi.compiler_codegen(ast, filename, optimize) returns the pseudo-instructions
as (opcode, oparg, lineno, end_lineno, col_offset, end_col_offset) with jump targets as
instruction indexes, and the unit's tables. The dump: the instructions, one a line, then the
tables (constants as their repr, code objects as <code NAME>), then the compiler's
SyntaxWarnings; or the SyntaxError compiling raised.
"""
import ast
import sys
import types
import warnings

import _testinternalcapi


def const_repr(value):
    if isinstance(value, types.CodeType):
        return "<code %s>" % value.co_name
    return repr(value)


def table(mapping):
    return [k for k, _ in sorted(mapping.items(), key=lambda kv: kv[1])]


def main():
    optimize, path = int(sys.argv[1]), sys.argv[2]
    with open(path, "rb") as f:
        source = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the parser's warnings are not the compiler's
            tree = ast.parse(source, filename=path)
    except SyntaxError as e:
        print("parse error: %s: %s (%s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset))
        return
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # compile() first: compiler_codegen crashes the 3.12 interpreter on some errors
        try:
            compile(tree, path, "exec", dont_inherit=True, optimize=optimize)
        except SyntaxError as e:
            print("error: %s: %s (%s, %s, %s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset,
                                                      e.end_lineno, e.end_offset))
            return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        insts, md = _testinternalcapi.compiler_codegen(tree, path, optimize)
    for op, arg, lineno, end_lineno, col, end_col in insts:
        print(op, arg, lineno, end_lineno, col, end_col)
    consts = [k[1] if isinstance(k, tuple) else k for k in table(md["consts"])]
    print("consts:", ", ".join(const_repr(c) for c in consts))
    for name in ("names", "varnames", "cellvars", "freevars"):
        print(name + ":", ", ".join(table(md[name])))
    for w in caught:
        if issubclass(w.category, SyntaxWarning):
            print("warning: %s: %s" % (w.lineno, w.message))


main()
