"""Compiles every file of a list and writes the marshalled code objects, for Adder to read.

Usage: python3.12 compile_stream.py LISTFILE OUTFILE

For each path (one a line in LISTFILE): compile(source, path, "exec", dont_inherit=True),
as codedump.py and `python -m dis` compile it, and one frame in OUTFILE:

    <path>\\n<length>\\n<marshal.dumps(code)>     (length -1 and no data when compile fails)
"""
import marshal
import sys
import warnings


def main():
    listfile, outfile = sys.argv[1:]
    warnings.simplefilter("ignore")
    with open(listfile, encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    with open(outfile, "wb") as out:
        for path in paths:
            try:
                with open(path, "rb") as f:
                    data = marshal.dumps(compile(f.read(), path, "exec", dont_inherit=True))
            except (SyntaxError, ValueError):
                data = None
            out.write(path.encode("utf-8", "surrogateescape") + b"\n")
            out.write(b"-1\n" if data is None else str(len(data)).encode() + b"\n" + data)


if __name__ == "__main__":
    main()
