"""Writes CPython's AST of many files as one token a line, for SymtableAst.java (test only).

Usage: python3.12 ast_tokens.py LISTFILE [check]   (one path a line; a path "-" reads the next
line's escaped source text instead of a file; with "check", only OK or ERR for each)

Per file: "OK" then the tree in prefix order, or "ERR" when CPython cannot parse it. Tokens:
N<type> (fields in _fields order, then _attributes), [<n> a list, - None, #<int>, '<str>,
and for constants c<tag><value>: cs str, cb bytes hex, ci int, cf float hex, cj real imag, cN, cT, cF, cE.
Text is unicode_escape'd, so every token is one ASCII line.
"""
import ast
import sys
import warnings


def esc(s):
    return s.encode('unicode_escape').decode('ascii')


def constant(v, w):
    if v is None:
        w('cN')
    elif v is True:
        w('cT')
    elif v is False:
        w('cF')
    elif v is Ellipsis:
        w('cE')
    elif type(v) is int:
        w('ci%d' % v)
    elif type(v) is float:
        w('cf' + v.hex())
    elif type(v) is complex:
        w('cj%s %s' % (v.real.hex(), v.imag.hex()))
    elif type(v) is str:
        w('cs' + esc(v))
    elif type(v) is bytes:
        w('cb' + v.hex())
    else:
        raise TypeError(repr(v))


def emit(v, w):
    if isinstance(v, ast.AST):
        w('N' + type(v).__name__)
        for name in v._fields:
            x = getattr(v, name, None)
            if name == 'value' and isinstance(v, (ast.Constant, ast.MatchSingleton)):
                constant(x, w)
            else:
                emit(x, w)
        for name in v._attributes:
            emit(getattr(v, name, None), w)
    elif isinstance(v, list):
        w('[%d' % len(v))
        for item in v:
            emit(item, w)
    elif v is None:
        w('-')
    elif isinstance(v, str):
        w("'" + esc(v))
    elif type(v) is int:
        w('#%d' % v)
    else:
        raise TypeError(repr(v))


def main():
    sys.setrecursionlimit(100000)
    warnings.simplefilter("ignore")  # the parser's SyntaxWarnings are not the symbol table's output
    out = sys.stdout
    check_only = sys.argv[2:] == ['check']
    with open(sys.argv[1], encoding='utf-8', errors='surrogateescape') as f:
        lines = [line.rstrip('\n') for line in f]
    i = 0
    while i < len(lines):
        path = lines[i]
        i += 1
        if not path:
            continue
        if path == '-':
            source = lines[i].encode('ascii').decode('unicode_escape').encode('utf-8', 'surrogatepass')
            i += 1
        else:
            with open(path, 'rb') as f:
                source = f.read()
        tokens = []
        try:
            tree = compile(source, path, 'exec', ast.PyCF_ONLY_AST)
            tokens.append('OK')
            if not check_only:
                emit(tree, tokens.append)
        except (SyntaxError, ValueError):
            tokens = ['ERR']
        out.write('\n'.join(tokens) + '\n')
        out.flush()


if __name__ == '__main__':
    main()
