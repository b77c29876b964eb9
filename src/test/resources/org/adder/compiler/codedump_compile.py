"""The oracle of the whole compiler: codedump.py's dump of compile(source, FILE, "exec"), or
the SyntaxError compiling raised, one line, as Adder prints it.

Usage: python3.12 codedump_compile.py CODEDUMP_PY [MODE OPTIMIZE] FILE...

With MODE and OPTIMIZE (compile()'s mode and optimize), every FILE is dumped in turn, each
after a line "== FILE".
"""
import importlib.util
import sys
import warnings


def one(codedump, path, mode, optimize):
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # warnings are the codegen parity's business
        try:
            code = compile(source, path, mode, dont_inherit=True, optimize=optimize)
        except SyntaxError as e:
            print("error: %s: %s (%s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset))
            return
    codedump.dump(code)


def main():
    spec = importlib.util.spec_from_file_location("codedump", sys.argv[1])
    codedump = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(codedump)
    if len(sys.argv) == 3:
        one(codedump, sys.argv[2], "exec", 0)
        return
    mode, optimize = sys.argv[2], int(sys.argv[3])
    for path in sys.argv[4:]:
        print("== " + path)
        one(codedump, path, mode, optimize)


main()
