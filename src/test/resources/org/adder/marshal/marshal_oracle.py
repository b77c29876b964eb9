"""The reference side of MarshalTest. Reads commands on stdin, one a line; answers one line each.

  dump EXPR        -> hex of marshal.dumps(eval(EXPR)) TAB repr of the value loaded back
  load HEX         -> type name TAB repr of marshal.loads(bytes.fromhex(HEX)), or the exception
  same HEX EXPR    -> True when marshal.loads(HEX) has the type and value of EXPR (nested, by type)
  lines FILE       -> co_lines() and co_positions() of every code object compiled from FILE
  magic            -> importlib.util.MAGIC_NUMBER hex
  srchash HEX      -> _imp.source_hash(_RAW_MAGIC_NUMBER, bytes.fromhex(HEX)) hex
  pyc FILE HEX     -> what a .pyc (bytes HEX) holds, checked against compiling FILE
  importlib FILE MTIME SIZE  -> hex of the timestamp .pyc importlib writes for FILE, then
                   TAB hex of the checked hash-based one
"""
import _imp
import importlib.util
import marshal
import sys
import types
import warnings

nan = float("nan")
inf = float("inf")
warnings.simplefilter("ignore")


def key(v):
    if isinstance(v, (tuple, list)):
        return (type(v).__name__, tuple(key(x) for x in v))
    if isinstance(v, frozenset):
        return (type(v).__name__, frozenset(key(x) for x in v))
    if isinstance(v, float):
        return ("float", v.hex() if v == v else "nan")
    return (type(v).__name__, v)


def codes(code):
    yield code
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            yield from codes(c)


def answer(line):
    cmd, _, rest = line.partition(" ")
    if cmd == "dump":
        data = marshal.dumps(eval(rest))
        return data.hex() + "\t" + repr(marshal.loads(data))
    if cmd == "load":
        try:
            v = marshal.loads(bytes.fromhex(rest))
            return type(v).__name__ + "\t" + repr(v)
        except Exception as e:
            return f"{type(e).__name__}\t{e}"
    if cmd == "same":
        h, _, expr = rest.partition(" ")
        return str(key(marshal.loads(bytes.fromhex(h))) == key(eval(expr)))
    if cmd == "lines":
        with open(rest, "rb") as f:
            code = compile(f.read(), rest, "exec", dont_inherit=True)
        return "|".join(f"{c.co_qualname}:{list(c.co_lines())}:{list(c.co_positions())}" for c in codes(code))
    if cmd == "magic":
        return importlib.util.MAGIC_NUMBER.hex()
    if cmd == "srchash":
        return _imp.source_hash(importlib.util._RAW_MAGIC_NUMBER, bytes.fromhex(rest)).hex()
    if cmd == "pyc":
        path, _, h = rest.partition(" ")
        data = bytes.fromhex(h)
        with open(path, "rb") as f:
            source = f.read()
        flags = int.from_bytes(data[4:8], "little")
        ok = data[:4] == importlib.util.MAGIC_NUMBER
        if flags & 1:
            ok = ok and data[8:16] == importlib.util.source_hash(source)
        code = marshal.loads(data[16:])
        ok = ok and code == compile(source, path, "exec", dont_inherit=True)
        return f"flags {flags} ok {ok}"
    if cmd == "importlib":
        from importlib import _bootstrap_external as be
        path, mtime, size = rest.split(" ")
        with open(path, "rb") as f:
            source = f.read()
        code = compile(source, path, "exec", dont_inherit=True)
        stamped = be._code_to_timestamp_pyc(code, int(mtime), int(size))
        hashed = be._code_to_hash_pyc(code, importlib.util.source_hash(source), True)
        return bytes(stamped).hex() + "\t" + bytes(hashed).hex()
    return "?"


for line in sys.stdin:
    try:
        result = answer(line.rstrip("\n"))
    except Exception as e:
        result = f"Error\t{type(e).__name__}: {e}"
    print(result.replace("\n", "\\n"), flush=True)
