"""Compiles each file named on the command line as compile(source, path, "exec") would, and
prints one line per file: the SyntaxError raised (message, position, text), or "ok", followed
by the SyntaxWarnings compiling gave. Files the parser rejects print "parse error"."""
import ast
import sys
import warnings

for path in sys.argv[1:]:
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError:
        print("parse error")
        continue
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(tree, path, "exec", dont_inherit=True)
            result = "ok"
        except SyntaxError as e:
            result = "error: %s (%s, %s, %s, %s) %r" % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset,
                                                         e.text)
    for w in caught if result == "ok" else ():
        if issubclass(w.category, SyntaxWarning):
            result += " | warning %s: %s" % (w.lineno, w.message)
    print(result)
