"""Runs the oracle symtable_dump.py on one file, as the symbol table stage's parity reference.

Usage: python3.12 symtable_oracle.py SYMTABLE_DUMP_PY FILE

Two things differ from running symtable_dump.py directly, both outside the symbol table stage:
the parser's SyntaxWarnings are silenced, and a SyntaxError is printed as one canonical line
(message and the four positions) instead of a traceback through runpy's frames.
"""
import runpy
import sys
import warnings

warnings.simplefilter("ignore")
dump_script, path = sys.argv[1:3]
sys.argv = [dump_script, path]
try:
    runpy.run_path(dump_script, run_name="__main__")
except SyntaxError as e:
    print(f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})", file=sys.stderr)
    sys.exit(1)
