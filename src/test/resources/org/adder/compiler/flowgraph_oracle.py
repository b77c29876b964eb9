"""CPython 3.12's compiler back half, stage by stage, for the module-level code of many files.

Usage: python3.12 flowgraph_oracle.py LISTFILE

For each path in LISTFILE (one a line), one frame on stdout:

    \\x01FILE <path>
    ERR <message>                      (source that does not compile; nothing else follows)
    K <const>                          codegen's constants, in order (one a line)
    N <names> / V <varnames> / CV <cellvars> / FV <freevars>   (hex UTF-8 words)
    I <op,arg,line,endline,col,endcol;...>   _testinternalcapi.compiler_codegen's instructions
    O <instructions> | O!               optimize_cfg's (run in a forked child: it crashes on
                                        exception handlers in 3.12) ; OK <const> after it
    code/linetable/exceptiontable/stacksize/flags/firstlineno/... of compile(src, path, 'exec')
    \\x01END

A constant is written as tokens: N None, E Ellipsis, T/F bools, i<int>, f<float repr>,
c<complex repr>, s<hex utf-8>, b<hex>, t<n> then n constants, z<n> then n constants (sorted),
C<k> for the k-th distinct code object of the file.
"""
import ast
import os
import sys
import types

import _testinternalcapi as capi

CODES = []


def hexs(s):
    return s.encode("utf-8", "surrogatepass").hex() or "-"


def enc(c):
    if c is None:
        return "N"
    if c is Ellipsis:
        return "E"
    if c is True:
        return "T"
    if c is False:
        return "F"
    t = type(c)
    if t is int:
        return f"i{c}"
    if t is float:
        return f"f{c!r}"
    if t is complex:
        return f"c{c!r}"
    if t is str:
        return "s" + (c.encode("utf-8", "surrogatepass").hex())
    if t is bytes:
        return "b" + c.hex()
    if t is tuple:
        return " ".join([f"t{len(c)}"] + [enc(x) for x in c])
    if t is frozenset:
        return " ".join([f"z{len(c)}"] + sorted(enc(x) for x in c))
    if isinstance(c, types.CodeType):
        for i, k in enumerate(CODES):
            if k == c:
                return f"C{i}"
        CODES.append(c)
        return f"C{len(CODES) - 1}"
    return f"?{t.__name__}"


def insts(lst):
    return ";".join(",".join(str(x) for x in i) for i in lst) or "-"


def in_child(work, crashed):
    """work() run in a forked process, whose crash (3.12's test hooks segfault on some input) gives `crashed`."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            text = work()
        except BaseException as e:
            text = f"ERR oracle {type(e).__name__}: {e}\n"
        data = text.encode("utf-8", "surrogatepass")
        while data:
            n = os.write(w, data)
            data = data[n:]
        os._exit(0)
    os.close(w)
    chunks = []
    while True:
        b = os.read(r, 1 << 16)
        if not b:
            break
        chunks.append(b)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    if status != 0:
        return crashed
    return b"".join(chunks).decode("utf-8", "surrogatepass")


def optimized(instrs, consts, nlocals):
    def work():
        out = capi.optimize_cfg(instrs, consts, nlocals)
        return "O " + insts(out) + "\n" + "".join(f"OK {enc(c)}\n" for c in consts)
    return in_child(work, "O! crash\n")


def frame(path):
    CODES.clear()
    with open(path, "rb") as f:
        src = f.read()
    try:
        tree = ast.parse(src, path)
        instrs, meta = capi.compiler_codegen(tree, path, 0)
        co = compile(src, path, "exec", dont_inherit=True)
    except Exception as e:
        return f"ERR {type(e).__name__}\n"
    consts = [k[1] if type(k) is tuple else k for k in meta["consts"]]
    out = []
    for c in consts:
        out.append(f"K {enc(c)}\n")
    for key, tag in (("names", "N"), ("varnames", "V"), ("cellvars", "CV"), ("freevars", "FV")):
        out.append(tag + " " + " ".join(hexs(n) for n in meta[key]) + "\n")
    out.append("I " + insts(instrs) + "\n")
    out.append(optimized(instrs, list(consts), len(meta["varnames"])))
    out.append(f"code {co.co_code.hex() or '-'}\n")
    out.append(f"linetable {co.co_linetable.hex() or '-'}\n")
    out.append(f"exceptiontable {co.co_exceptiontable.hex() or '-'}\n")
    out.append(f"stacksize {co.co_stacksize}\n")
    out.append(f"flags {co.co_flags}\n")
    out.append(f"firstlineno {co.co_firstlineno}\n")
    out.append(f"nlocals {co.co_nlocals}\n")
    out.append("names " + " ".join(hexs(n) for n in co.co_names) + "\n")
    out.append("varnames " + " ".join(hexs(n) for n in co.co_varnames) + "\n")
    out.append("cellvars " + " ".join(hexs(n) for n in co.co_cellvars) + "\n")
    out.append("freevars " + " ".join(hexs(n) for n in co.co_freevars) + "\n")
    for c in co.co_consts:
        out.append(f"const {enc(c)}\n")
    return "".join(out)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    sink = sys.stdout.buffer
    for path in paths:
        body = in_child(lambda: frame(path), "ERR codegen crashed\n")
        sink.write(f"\x01FILE {path}\n{body}\x01END\n".encode("utf-8", "surrogatepass"))
        sink.flush()


if __name__ == "__main__":
    main()
