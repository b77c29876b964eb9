"""Loads each .pyc Adder wrote and compares it with CPython's own compile of the source.

Usage: python3.12 pyc_check.py CODEDUMP_PY PYC_ROOT FILE

The .pyc of FILE is PYC_ROOT + FILE + "c". Its header must validate as importlib validates a
timestamp .pyc against the source's stat, and codedump.py's dump of `marshal.loads` of its body
must equal the dump of `compile(source, FILE, "exec")`. Prints "identical" or the first
difference; a file CPython does not compile prints its SyntaxError (Adder then writes no .pyc).
"""
import importlib.util
import importlib._bootstrap_external as external
import contextlib
import io
import marshal
import os
import sys
import warnings


def dump(codedump, code):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        codedump.dump(code)
    return out.getvalue()


def main():
    spec = importlib.util.spec_from_file_location("codedump", sys.argv[1])
    codedump = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(codedump)
    root, path = sys.argv[2], sys.argv[-1]
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            expected = dump(codedump, compile(source, path, "exec", dont_inherit=True))
        except SyntaxError as e:
            print("error: %s: %s (%s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset))
            return
    pyc = root + path + "c"
    try:
        with open(pyc, "rb") as f:
            data = f.read()
    except OSError as e:
        print("no pyc:", e)
        return
    try:
        flags = external._classify_pyc(data, path, {})
        st = os.stat(path)
        external._validate_timestamp_pyc(data, int(st.st_mtime), st.st_size, path, {})
        code = marshal.loads(memoryview(data)[16:])
    except Exception as e:
        print("bad pyc: %s: %s" % (type(e).__name__, e))
        return
    actual = dump(codedump, code)
    if actual == expected:
        print("identical")
        return
    a, b = actual.splitlines(), expected.splitlines()
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            print("line %d: pyc %r, source %r" % (i + 1, x[:200], y[:200]))
            return
    print("lengths differ: pyc %d lines, source %d lines" % (len(a), len(b)))


main()
