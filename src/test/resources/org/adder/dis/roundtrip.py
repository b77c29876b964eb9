"""Loads the code objects Adder marshalled and compares them with CPython's own compile.

Usage: python3.12 roundtrip.py FRAMES CODEDUMP_PY

FRAMES holds `<path>\\n<length>\\n<bytes>` frames (Adder's marshal.dumps of the code it read
from CPython's marshal data). For each, prints one line: `ok <path>`, or `diff <path> <why>`.
"""
import marshal
import runpy
import sys
import types
import warnings
import io
import contextlib


def main():
    frames, codedump_py = sys.argv[1:]
    warnings.simplefilter("ignore")
    dump = runpy.run_path(codedump_py)["dump"]

    def text(code):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            dump(code)
        return out.getvalue()

    with open(frames, "rb") as f:
        data = f.read()
    at = 0
    while at < len(data):
        nl = data.index(b"\n", at)
        path = data[at:nl].decode("utf-8", "surrogateescape")
        nl2 = data.index(b"\n", nl + 1)
        n = int(data[nl + 1:nl2])
        blob = data[nl2 + 1:nl2 + 1 + n]
        at = nl2 + 1 + n
        try:
            with open(path, "rb") as f:
                original = compile(f.read(), path, "exec", dont_inherit=True)
            loaded = marshal.loads(blob)
            if not isinstance(loaded, types.CodeType):
                why = "not a code object"
            elif loaded != original and marshal.loads(marshal.dumps(original)) == original:
                # (CPython's own round trip is unequal too when a constant is a NaN: NaN != NaN;
                # then the codedumps decide)
                why = "code objects differ"
            elif text(loaded) != text(original):
                why = "codedumps differ"
            else:
                why = None
        except Exception as e:
            why = f"{type(e).__name__}: {e}"
        print(f"ok {path}" if why is None else f"diff {path} {why}", flush=True)


if __name__ == "__main__":
    main()
