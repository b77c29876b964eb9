"""Prints what ast.parse makes of one file: ast.dump(include_attributes=True), or the error.

Usage: python3.12 ast_parse.py [MODE] FILE  (MODE: exec, eval, single, func_type, or one of them
with "-tc" for type_comments=True; default exec)
An error prints one line: TYPE|msg|lineno|offset|end_lineno|end_offset|repr(text).
"""
import ast
import sys
import warnings

warnings.simplefilter('ignore')  # the parser's SyntaxWarnings are not part of the tree

*mode, path = sys.argv[1:]
with open(path, 'rb') as f:
    source = f.read()
try:
    m = mode[0] if mode else 'exec'
    tree = ast.parse(source, path, m.removesuffix('-tc'), type_comments=m.endswith('-tc'))
    print(ast.dump(tree, include_attributes=True))
except SyntaxError as e:
    print(f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}|{e.text!r}")
except (MemoryError, RecursionError, ValueError) as e:
    print(f"{type(e).__name__}|{e}")
