"""Invalid snippets made by mutating corpus lines, with the SyntaxError CPython raises for each.

Usage: python3.12 syntax_mutants.py LIBDIR SEED COUNT
A few consecutive lines of a corpus file, dedented, get one random edit (a character deleted or
inserted, a few characters cut, a keyword or operator inserted); snippets that ast.parse accepts
or that fail otherwise than with a SyntaxError are dropped. Deterministic for a seed. Output as
syntax_snippets.py's: base64(utf-8 source) TAB Type|msg|lineno|offset|end_lineno|end_offset|repr(text)
"""
import ast
import base64
import os
import random
import sys
import textwrap
import warnings

INSERTS = [" if ", " else ", " lambda ", " not ", " in ", " for ", " = ", " := ", " yield ", " * ", " ** ",
           " def ", " class ", " import ", " from ", " as ", 'f"{', '"', " async ", " await "]


def main():
    warnings.simplefilter("ignore")
    lib, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(lib) for f in fs if f.endswith(".py"))
    made = 0
    while made < count:
        try:
            with open(rng.choice(files), encoding="utf-8") as f:
                lines = f.read().split("\n")
        except (UnicodeDecodeError, OSError):
            continue
        if len(lines) < 5:
            continue
        i = rng.randrange(len(lines) - 4)
        src = textwrap.dedent("\n".join(lines[i:i + rng.randint(1, 6)]) + "\n")
        if not src.strip():
            continue
        op = rng.randrange(4)
        p = rng.randrange(len(src))
        if op == 0:
            src = src[:p] + src[p + 1:]
        elif op == 1:
            src = src[:p] + rng.choice("():[]{},=.*+\"'\n :=") + src[p:]
        elif op == 2:
            src = src[:p] + src[min(len(src), p + rng.randint(1, 5)):]
        else:
            src = src[:p] + rng.choice(INSERTS) + src[p:]
        data = src.encode("utf-8", "surrogatepass")
        try:
            ast.parse(data, "<snippet>")
            continue
        except SyntaxError as e:
            err = f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}|{e.text!r}"
        except Exception:
            continue
        print(base64.b64encode(data).decode("ascii") + "\t" + err.replace("\n", "\\n"))
        made += 1


if __name__ == "__main__":
    main()
