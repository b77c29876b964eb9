"""CPython's side of scripts/bench: one job over every file, best of 5 passes after a warm-up.

Usage: python3.12 bench.py JOB LISTFILE   — prints "<best seconds> <count>".
"""
import io
import sys
import time
import tokenize


def tokens(src):
    n = 0
    try:
        for _ in tokenize.tokenize(io.BytesIO(src).readline):
            n += 1
    except (SyntaxError, tokenize.TokenError):
        pass
    return n


def parse(src):
    import ast
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return 0
    return sum(1 for _ in ast.walk(tree))


def compile_(src):
    try:
        compile(src, "<bench>", "exec", dont_inherit=True)
    except SyntaxError:
        return 0
    return 1


def symtable_(src):
    # CPython cannot build a symbol table without parsing: this is parser + symtable pass, in C
    import _symtable
    try:
        top = _symtable.symtable(src, "<bench>", "exec")
    except SyntaxError:
        return 0
    n, stack = 0, [top]
    while stack:
        n += 1
        stack.extend(stack.pop().children)
    return n


JOBS = {"tokenize": tokens, "parse": parse, "compile": compile_, "symtable": symtable_}


def main():
    job = JOBS[sys.argv[1]]
    with open(sys.argv[2], encoding="utf-8") as f:
        sources = [open(p, "rb").read() for p in f.read().split("\n") if p]
    count = 0
    best = float("inf")
    for i in range(6):
        t0 = time.perf_counter()
        count = sum(job(s) for s in sources)
        elapsed = time.perf_counter() - t0
        if i > 0:
            best = min(best, elapsed)
    print(best, count)


if __name__ == "__main__":
    main()
