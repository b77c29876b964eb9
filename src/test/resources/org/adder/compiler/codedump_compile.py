"""The oracle of the whole compiler: codedump.py's dump of compile(source, FILE, "exec"), or
the SyntaxError compiling raised, one line, as Adder prints it.

Usage: python3.12 codedump_compile.py CODEDUMP_PY FILE
"""
import importlib.util
import sys
import warnings


def main():
    spec = importlib.util.spec_from_file_location("codedump", sys.argv[1])
    codedump = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(codedump)
    path = sys.argv[-1]
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # warnings are the codegen parity's business
        try:
            code = compile(source, path, "exec", dont_inherit=True)
        except SyntaxError as e:
            print("error: %s: %s (%s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset))
            return
    codedump.dump(code)


main()
