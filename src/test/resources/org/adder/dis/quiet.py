"""Runs `python -m dis FILE` or `codedump.py FILE` as batch.py's oracle, compiler warnings off.

Usage: python3.12 quiet.py (dis | dis-marshalled | codedump CODEDUMP_PY) FILE

Warnings belong to the compiler's parity, not the disassembler's, so they are silenced; in
dis output, object addresses (`0x...`) are masked, as they differ between processes.
`dis-marshalled` disassembles the code as it comes back from marshal (as from a .pyc): its
frozenset constants are rebuilt from marshal's order, which can change their iteration order.
"""
import contextlib
import dis
import io
import marshal
import re
import runpy
import sys
import warnings


def main():
    mode = sys.argv[1]
    warnings.simplefilter("ignore")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        if mode == "dis":
            sys.argv = ["dis", sys.argv[-1]]
            runpy.run_module("dis", run_name="__main__", alter_sys=True)
        elif mode == "dis-marshalled":
            with open(sys.argv[-1], "rb") as f:
                code = compile(f.read(), sys.argv[-1], "exec")
            dis.dis(marshal.loads(marshal.dumps(code)))
        else:
            sys.argv = [sys.argv[2], sys.argv[-1]]
            runpy.run_path(sys.argv[0], run_name="__main__")
    text = out.getvalue()
    if mode.startswith("dis"):
        text = re.sub(r"0x[0-9a-f]+", "0x?", text)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
