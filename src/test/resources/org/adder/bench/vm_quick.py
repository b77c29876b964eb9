"""Runs every VM benchmark (bench/vm/*.py) at its quick size in this one process, for VmBenchmarksTest.

Usage: python3.12 vm_quick.py DIR — prints one line per program, tab-separated: its name, its exit
status (0, or 1 when its self-check failed or it raised), the modules it imports, the sizes it
declares ("SIZE QUICK | the sizes its EXPECTED table covers") and the last line it printed.
"""
import ast
import contextlib
import io
import pathlib
import sys
import traceback


def imports(tree):
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add(node.module or ".")
    return " ".join(sorted(names))


def declared(source):
    # The constants at the top, read without running the program.
    namespace = {}
    exec(source.split("\ndef ", 1)[0].split("\nclass ", 1)[0], namespace)
    table = namespace.get("EXPECTED", {})
    return namespace["SIZE"], namespace["QUICK"], sorted(table)


def run(path, quick):
    out = io.StringIO()
    status = 0
    saved = sys.argv
    sys.argv = [str(path), str(quick)]
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"),
                 {"__name__": "__main__", "__file__": str(path)})
    except SystemExit as e:
        status = 0 if e.code in (None, 0) else 1
        if status:
            print(f"{path.name}: {e.code}", file=sys.stderr)
    except BaseException:
        status = 1
        traceback.print_exc()
    finally:
        sys.argv = saved
    lines = out.getvalue().splitlines()
    return status, lines[-1] if lines else ""


def main(folder):
    for path in sorted(pathlib.Path(folder).glob("*.py")):
        source = path.read_text(encoding="utf-8")
        size, quick, covered = declared(source)
        status, line = run(path, quick)
        sizes = f"{size} {quick} | " + " ".join(map(str, covered))
        print("\t".join([path.stem, str(status), imports(ast.parse(source)), sizes, line]))


if __name__ == "__main__":
    main(sys.argv[1])
