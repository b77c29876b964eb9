"""The oracle of the whole compiler: codedump.py's dump of compile(source, FILE, "exec"), or
the SyntaxError compiling raised, one line, as Adder prints it.

Usage: python3.12 codedump_compile.py CODEDUMP_PY [MODE OPTIMIZE [--flags FLAGS]] FILE...

With MODE and OPTIMIZE (compile()'s mode and optimize), every FILE is dumped in turn, each
after a line "== FILE". With FLAGS (compile()'s flags, e.g. 0x2000), the source is compiled as
text, and a tree (PyCF_ONLY_AST) is shown as ast.dump shows it; any exception is one line.
"""
import ast
import importlib.util
import sys
import warnings


def one(codedump, path, mode, optimize, flags=None):
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # warnings are the codegen parity's business
        try:
            if flags is None:
                code = compile(source, path, mode, dont_inherit=True, optimize=optimize)
            else:
                code = compile(source.decode("utf-8"), path, mode, flags, dont_inherit=True, optimize=optimize)
        except SyntaxError as e:
            print("error: %s: %s (%s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset))
            return
        except Exception as e:
            if flags is None:
                raise
            print("error: %s: %s" % (type(e).__name__, e))
            return
    if isinstance(code, ast.AST):
        print(ast.dump(code))
    else:
        codedump.dump(code)


def main():
    spec = importlib.util.spec_from_file_location("codedump", sys.argv[1])
    codedump = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(codedump)
    if len(sys.argv) == 3:
        one(codedump, sys.argv[2], "exec", 0)
        return
    mode, optimize = sys.argv[2], int(sys.argv[3])
    files = sys.argv[4:]
    flags = None
    if files[:1] == ["--flags"]:
        flags = int(files[1], 0)
        files = files[2:]
    for path in files:
        print("== " + path)
        one(codedump, path, mode, optimize, flags)


main()
