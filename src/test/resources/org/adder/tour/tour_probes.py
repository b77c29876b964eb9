"""Where the tour page must highlight, computed independently by CPython 3.12.

Usage: python3.12 tour_probes.py FILE  ->  JSON on stdout

Picks a token, an AST node and an instruction whose columns are hardest to get right (the most
non-ASCII text before them on their line), and a source range, and gives the spans the page must
highlight as (line, start, end line, end) in UTF-16 units, the browser's string indices. Items
are named as the page names them: token index (ENCODING left out), AST node number in preorder
over the fields ast.dump shows, instruction as code-object number (depth first) and offset.
"""
import ast
import dis
import io
import json
import symtable
import sys
import tokenize
import types


def main(path):
    with open(path, "rb") as f:
        src = f.read()
    text = src.decode(tokenize.detect_encoding(io.BytesIO(src).readline)[0])
    if text.endswith("\n"):
        text = text[:-1]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    u16 = lambda s: len(s.encode("utf-16-le")) // 2
    base = [0]
    for line in lines:
        base.append(base[-1] + u16(line) + 1)
    total = base[len(lines)]

    def offset(line, col, unit):
        # absolute UTF-16 offset of (line, col), col in code points or UTF-8 bytes
        if line < 1:
            return 0
        if line > len(lines):
            return total
        s = lines[line - 1]
        if unit == "cp":
            prefix = s[:col]
            extra = max(0, col - len(s))
        else:
            b = s.encode("utf-8")
            prefix = b[:col].decode("utf-8", "ignore")
            extra = max(0, col - len(b))
        return base[line - 1] + min(u16(prefix) + extra, u16(s) + 1)

    def span(line, col, end_line, end_col, unit):
        if line is None:
            return None
        whole = col is None
        s = offset(line, 0 if whole else col, unit)
        end_line = line if end_line is None else end_line
        e = base[min(end_line, len(lines))] - 1 if whole or end_col is None else offset(end_line, end_col, unit)
        return [s, max(s, e)]

    def lc(a):
        # absolute offset back to (line, column)
        line = max(i for i in range(len(lines)) if base[i] <= a) + 1
        return line, a - base[line - 1]

    def shown(sp):
        (l1, c1), (l2, c2) = lc(sp[0]), lc(sp[1])
        return {"span": [l1, c1, l2, c2], "text": text_of(sp)}

    flat = "\n".join(lines)
    flat16 = flat.encode("utf-16-le")

    def text_of(sp):
        return flat16[2 * sp[0]:2 * sp[1]].decode("utf-16-le")

    def skew(line, col, unit):
        # how far this column is from the same column counted in UTF-16 units
        if line is None or col is None or not 1 <= line <= len(lines):
            return -1
        return abs(offset(line, col, unit) - base[line - 1] - col)

    # tokens, numbered as the page numbers them
    tokens = []
    for t in tokenize.tokenize(io.BytesIO(src).readline):
        if t.type != tokenize.ENCODING:
            tokens.append((t, span(*t.start, *t.end, "cp")))
    candidates = [(i, t, sp) for i, (t, sp) in enumerate(tokens)
                  if t.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.DEDENT, tokenize.INDENT,
                                    tokenize.ENDMARKER) and t.start[0] == t.end[0]]
    i, t, sp = max(candidates, key=lambda c: (skew(*c[1].end, "cp") - skew(*c[1].start, "cp"), skew(*c[1].end, "cp"), -c[0]))
    token = {"index": i, **shown(sp)}

    # AST nodes in the page's preorder
    nodes = []

    def walk(n):
        nodes.append(n)
        for name in n._fields:
            try:
                v = getattr(n, name)
            except AttributeError:
                continue
            if v is None and getattr(type(n), name, ...) is None:
                continue
            visit(v)

    def visit(v):
        if isinstance(v, ast.AST):
            walk(v)
        elif isinstance(v, list):
            for x in v:
                visit(x)

    walk(ast.parse(src, path))
    spans = [span(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, "byte")
             if "lineno" in n._attributes and hasattr(n, "lineno") else None for n in nodes]
    ids = [k for k, n in enumerate(nodes) if spans[k] and n.lineno == n.end_lineno]
    k = max(ids, key=lambda k: (skew(nodes[k].lineno, nodes[k].col_offset, "byte"), -(spans[k][1] - spans[k][0]), -k))
    node = {"id": k, "type": type(nodes[k]).__name__, **shown(spans[k])}

    # instructions, code objects depth first
    instrs = []

    def codes(co, ci):
        for ins in dis.Bytecode(co):
            p = ins.positions
            sp = span(p.lineno, p.col_offset, p.end_lineno, p.end_col_offset, "byte") if p and p.lineno is not None else None
            instrs.append((ci[0], ins, sp))
        for c in co.co_consts:
            if isinstance(c, types.CodeType):
                ci[0] += 1
                codes(c, ci)

    codes(compile(src, path, "exec", dont_inherit=True), [0])
    cands = [x for x in instrs if x[2] and x[1].positions.lineno == x[1].positions.end_lineno and x[2][1] > x[2][0]]
    ci, ins, sp = max(cands, key=lambda x: (skew(x[1].positions.lineno, x[1].positions.col_offset, "byte"), -x[1].offset))
    instruction = {"code": ci, "offset": ins.offset, "opname": ins.opname, **shown(sp)}

    # a source range: the text of an expression of a few tokens, on a line with the most non-ASCII
    # text before it; what each stage must light up for it
    ranged = [k for k in ids if 5 <= spans[k][1] - spans[k][0] <= 40] or ids
    k = max(ranged, key=lambda k: (skew(nodes[k].lineno, nodes[k].col_offset, "byte"), spans[k][1] - spans[k][0], -k))
    r = spans[k]
    overlaps = lambda s: s is not None and s[0] < r[1] and s[1] > r[0]
    def innermost(spans):
        covering = [k for k, s in enumerate(spans) if s and s[0] <= r[0] and s[1] >= r[1] and (r[0] < s[1] or s[0] == s[1])]
        if not covering:
            return []
        smallest = min(spans[k][1] - spans[k][0] for k in covering)
        return [k for k in covering if spans[k][1] - spans[k][0] == smallest]

    ins_spans = [s for c, x, s in instrs]
    within = [k for k, s in enumerate(ins_spans) if s and r[0] < r[1] and s[0] >= r[0] and s[1] <= r[1] and s[0] < s[1]]
    selection = {**shown(r),
                 "tokens": [i for i, (t, s) in enumerate(tokens) if overlaps(s)],
                 "nodes": innermost(spans),
                 "instructions": ["%d:%d" % (instrs[k][0], instrs[k][1].offset) for k in (within or innermost(ins_spans))]}

    # a symbol: a function's parameter, and where that function (not the functions in it) uses it
    tops = symtable.symtable(src, path, "exec")
    blocks = []

    def flat(b):
        blocks.append(b)
        for c in b.get_children():
            flat(c)

    flat(tops)
    comps = {"lambda": ast.Lambda, "genexpr": ast.GeneratorExp, "listcomp": ast.ListComp,
             "setcomp": ast.SetComp, "dictcomp": ast.DictComp}
    taken = set()

    def extent(b):
        if b.get_type() == "module":
            return [0, total]
        kinds = (ast.ClassDef,) if b.get_type() == "class" else \
            (comps[b.get_name()],) if b.get_name() in comps else (ast.FunctionDef, ast.AsyncFunctionDef)
        for k, n in enumerate(nodes):
            if k in taken or not spans[k] or not isinstance(n, kinds) or n.lineno != b.get_lineno():
                continue
            if hasattr(n, "name") and n.name != b.get_name():
                continue
            taken.add(k)
            return spans[k]
        return None

    extents = {id(b): extent(b) for b in blocks}
    symbol = None
    for bi, b in enumerate(blocks):
        params = [n for n in sorted(b.get_identifiers()) if b.lookup(n).is_parameter() and b.lookup(n).is_referenced()]
        if b.get_type() == "function" and params and extents[id(b)]:
            name = params[0]
            own = extents[id(b)]
            inner = [extents[id(c)] for c in b.get_children() if extents[id(c)]]
            uses = sorted(spans[k] for k, n in enumerate(nodes)
                          if (isinstance(n, ast.Name) and n.id == name or isinstance(n, ast.arg) and n.arg == name)
                          and own[0] <= spans[k][0] and spans[k][1] <= own[1]
                          and not any(x[0] <= spans[k][0] and spans[k][1] <= x[1] for x in inner))
            symbol = {"block": bi, "name": name, "uses": [shown(sp)["span"] for sp in uses]}
            break

    json.dump({"token": token, "node": node, "instruction": instruction, "selection": selection, "symbol": symbol},
              sys.stdout,
              ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")
    main(sys.argv[1])
