"""Runs one CPython command-line tool over many files in a single process.

Usage: python3.12 batch.py (module NAME | script PATH) LISTFILE [ARG ...]

For each path in LISTFILE (one a line) the tool runs as `python3.12 -m NAME ARG... PATH`
(or `python3.12 PATH ARG... FILE` for a script) would run it, with its stdout, stderr and
exit status captured, and is reported as one frame on stdout (UTF-8):

    \\x01FILE <path>\\n<stdout>\\x01ERR\\n<stderr>\\x01EXIT <status>\\n
"""
import io
import os
import runpy
import sys
import traceback


def run_one(kind, target, args, path):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr, sys.argv
    sys.stdout, sys.stderr = out, err
    sys.argv = [target, *args, path]
    status = 0
    try:
        if kind == "module":
            runpy.run_module(target, run_name="__main__", alter_sys=True)
        else:
            runpy.run_path(target, run_name="__main__")
    except SystemExit as e:
        if e.code is None:
            status = 0
        elif isinstance(e.code, int):
            status = e.code
        else:
            print(e.code, file=err)
            status = 1
    except BaseException:
        traceback.print_exc(file=err)
        status = 1
    finally:
        sys.stdout, sys.stderr, sys.argv = saved
    return out.getvalue(), err.getvalue(), status


def main():
    kind, target, listfile, *args = sys.argv[1:]
    sink = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors="surrogatepass", newline="\n")
    with open(listfile, encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    for path in paths:
        o, e, status = run_one(kind, target, args, path)
        sink.write(f"\x01FILE {path}\n{o}\x01ERR\n{e}\x01EXIT {status}\n")
        sink.flush()


if __name__ == "__main__":
    main()
