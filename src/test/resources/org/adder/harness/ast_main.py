"""`python3.12 -m ast ARGS` as the command line runs it, for the parity test of `adder -m ast`.

An uncaught exception (a SyntaxError in the file) is printed as the traceback's first line and
its final part only: the frames between name CPython's own files (runpy, ast.py, the batch
runner), which Adder has no counterpart for.
"""
import ast
import sys
import traceback

try:
    ast.main()
except SyntaxError as e:
    sys.stdout.flush()
    sys.stderr.write('Traceback (most recent call last):\n' + ''.join(traceback.format_exception_only(e)))
    sys.exit(1)
