"""`python -m dis FILE` as batch.py's oracle for `adder -m dis`.

Usage: python3.12 dis_main.py FILE

Object addresses (`0x...`) are masked, as they differ between processes. A file that does not
compile ends in the traceback CPython prints (its C printer), less the frames of runpy and dis.py that Adder does
not have. The parser's and compiler's SyntaxWarnings print to stderr under the default filters,
as they do for `python -m dis FILE`.
"""
import re
import runpy
import sys
import contextlib
import io


def main():
    path = sys.argv[-1]
    out = io.StringIO()
    sys.argv = ["dis", path]
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_module("dis", run_name="__main__", alter_sys=True)
    except SyntaxError as e:
        sys.stdout.write(re.sub(r"0x[0-9a-f]+", "0x?", out.getvalue()))
        sys.stdout.flush()
        sys.stderr.write("Traceback (most recent call last):\n")
        sys.stderr.flush()
        # the interpreter's own printer, as for the uncaught error, less the traceback's frames
        e.__traceback__ = None
        sys.__excepthook__(type(e), e, None)
        sys.stderr.flush()
        sys.exit(1)
    sys.stdout.write(re.sub(r"0x[0-9a-f]+", "0x?", out.getvalue()))


main()
