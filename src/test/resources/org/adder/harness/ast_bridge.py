"""Serialises CPython's AST of many files, in one process, for Adder's tests (CPythonAst.java).

Usage: python3.12 ast_bridge.py MODE TYPE_COMMENTS DUMP LISTFILE
  MODE           exec | eval | single | func_type (the mode of every file)
  TYPE_COMMENTS  1 to parse as ast.parse(type_comments=True) does, else 0
  DUMP           1 to follow each tree with ast.dump(tree, include_attributes=True), else 0

LISTFILE names one file a line. Each file's source bytes are compiled as ast.parse does
(compile(source, path, MODE, PyCF_ONLY_AST [| PyCF_TYPE_COMMENTS])); the output (ASCII, one token a line) is per file:

    \\x01FILE <path>
    OK                        then the tree, then, with DUMP, a line "D<dump as UTF-8>"
  | ERR <SyntaxError class>   then the message, lineno, offset, end_lineno, end_offset tokens
                              (absent as "-") and the source text line token

The tree is written in prefix order, one token a line:
    N<name>[ <lineno> <col_offset> <end_lineno> <end_col_offset>]
              a node (or a field-less singleton such as Load), with its positions if it has
              any, followed by its fields in _fields order
    [<n>      a list of n items
    -         None
    #<int>    a Python int that is not a constant (level, conversion, is_async, simple, lineno)
    '<text>   a str that is not a constant (identifiers, type comments, kind)
    a constant: cN None, cT True, cF False, cE Ellipsis, ci<decimal>, cf<float.hex>,
                cj<real float.hex> <imag float.hex>, cs<text>, cb<hex digits>
Text is str.encode('unicode_escape'): pure ASCII, lone surrogates included.
"""
import ast
import gc
import operator
import sys

PyCF_ONLY_AST = ast.PyCF_ONLY_AST


def encode_text(s):
    return s.encode('unicode_escape').decode('ascii')


def main():
    mode, type_comments, want_dump, listfile = sys.argv[1:5]
    flags = PyCF_ONLY_AST | (ast.PyCF_TYPE_COMMENTS if type_comments == '1' else 0)
    want_dump = want_dump == '1'
    sys.setrecursionlimit(1_000_000)
    sys.set_int_max_str_digits(0)
    gc.disable()  # ASTs have no cycles; the collector would only rescan them
    out = sys.stdout.buffer
    with open(listfile, encoding='utf-8', errors='surrogateescape') as f:
        paths = [line.rstrip('\n') for line in f if line.strip()]

    layouts = {}  # class -> (header, getter of the fields, getter of the positions, has a constant field)

    def getter_of(names):
        if len(names) > 1:
            return operator.attrgetter(*names)
        if names:
            return lambda node, n=names[0]: (getattr(node, n),)
        return lambda node: ()

    def layout(cls):
        lay = layouts.get(cls)
        if lay is None:
            positions = operator.attrgetter(*cls._attributes) if cls._attributes else None
            constant = cls in (ast.Constant, ast.MatchSingleton)
            lay = layouts[cls] = ('N' + cls.__name__, getter_of(cls._fields), positions, constant)
        return lay

    def emit(node, w):
        head, fields, positions, constant = layout(type(node))
        w(head + ' %d %d %d %d' % positions(node) if positions else head)
        values = fields(node)
        if constant:
            emit_constant(values[0], w)
            values = values[1:]
        for value in values:
            t = type(value)
            if t is int:
                w('#%d' % value)
            elif t is list:
                w('[%d' % len(value))
                for item in value:
                    if item is None:
                        w('-')
                    elif type(item) is str:
                        w("'" + encode_text(item))
                    else:
                        emit(item, w)
            elif value is None:
                w('-')
            elif t is str:
                w("'" + encode_text(value))
            else:
                emit(value, w)

    def emit_scalar(value, w):
        if value is None:
            w('-')
        elif type(value) is str:
            w("'" + encode_text(value))
        else:
            w('#%d' % value)

    def emit_constant(value, w):
        t = type(value)
        if value is None:
            w('cN')
        elif value is True:
            w('cT')
        elif value is False:
            w('cF')
        elif value is Ellipsis:
            w('cE')
        elif t is int:
            w('ci%d' % value)
        elif t is float:
            w('cf' + value.hex())
        elif t is complex:
            w('cj%s %s' % (value.real.hex(), value.imag.hex()))
        elif t is str:
            w('cs' + encode_text(value))
        elif t is bytes:
            w('cb' + value.hex())
        else:
            raise TypeError('unexpected constant %r' % (value,))

    for path in paths:
        lines = ['\x01FILE ' + encode_text(path)]
        w = lines.append
        try:
            with open(path, 'rb') as f:
                source = f.read()
            tree = compile(source, path, mode, flags)
        except SyntaxError as e:
            w('ERR ' + type(e).__name__)
            for v in (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text):
                emit_scalar(v, w)
            tree = None
        if tree is not None:
            w('OK')
            emit(tree, w)
            if want_dump:
                w('D' + ast.dump(tree, include_attributes=True))
        out.write(('\n'.join(lines) + '\n').encode('utf-8', 'surrogatepass'))
    out.flush()


if __name__ == '__main__':
    main()
