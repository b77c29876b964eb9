"""Positions the AST gives names and numbers, for the parser-flavour tokens to match.

Usage: python3.12 ast_positions.py LISTFILE — for each file that parses, prints "F path", then one
line "lineno col_offset end_lineno end_col_offset text" per Name node (text: its id) and per
number Constant (text: "#"). Columns are UTF-8 byte offsets, as the AST has them.
"""
import ast
import sys
import warnings

warnings.simplefilter("ignore")
out = sys.stdout
with open(sys.argv[1], encoding="utf-8") as f:
    paths = [line for line in f.read().split("\n") if line]
for path in paths:
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        continue
    out.write("F " + path + "\n")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            text = node.id
        elif isinstance(node, ast.Constant) and type(node.value) in (int, float, complex):
            text = "#"
        else:
            continue
        out.write("%d %d %d %d %s\n" % (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, text))
