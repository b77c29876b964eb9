"""Collects invalid snippets from CPython's own tests and prints the SyntaxError each raises.

Usage: python3.12 syntax_snippets.py LIBDIR
Snippets: the doctest examples of test_syntax.py that expect an error, the string arguments of
the error-checking helpers in test_syntax, test_exceptions, test_grammar, test_fstring,
test_patma and test_type_params, and the badsyntax_* files. Only snippets that ast.parse rejects
with a SyntaxError are kept. Output, one line per snippet:
    base64(utf-8 source) TAB Type|msg|lineno|offset|end_lineno|end_offset|repr(text)
"""
import ast
import base64
import doctest
import os
import sys
import textwrap

HELPERS = {"_check_error", "check", "ckmsg", "check_syntax_error", "assertInvalid", "assertAllRaise",
           "assert_syntax_error", "_check_in_scopes", "check_error", "assertSyntaxError", "_syntax_error",
           "raises_syntax_or_memory_error", "assertRaisesSyntaxError", "checkSyntaxError"}
FILES = ["test_syntax.py", "test_exceptions.py", "test_grammar.py", "test_fstring.py", "test_patma.py",
         "test_type_params.py"]


def strings(node):
    """String constants in a helper call's arguments (lists and textwrap.dedent calls included)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, (ast.List, ast.Tuple)):
        for e in node.elts:
            yield from strings(e)
    elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "dedent":
        for a in node.args:
            for s in strings(a):
                yield textwrap.dedent(s)


def snippets(libdir):
    test = os.path.join(libdir, "test")
    for name in FILES:
        path = os.path.join(test, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        tree = ast.parse(text)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                fn = node.func
                fname = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else ""
                if fname in HELPERS:
                    for a in node.args:
                        yield from strings(a)
        if name == "test_syntax.py":
            doc = ast.get_docstring(tree, clean=False) or ""
            for ex in doctest.DocTestParser().get_examples(doc):
                if ex.exc_msg is not None:
                    yield ex.source
    for name in sorted(os.listdir(test)):
        if name.startswith("badsyntax_") and name.endswith(".py"):
            with open(os.path.join(test, name), "rb") as f:
                yield f.read().decode("utf-8", "surrogateescape")
    # Undecodable bytes without an encoding declaration, met where they stand.
    for data in UNDECODABLE:
        yield data.decode("utf-8", "surrogateescape")


UNDECODABLE = [
    b'print("b\xf6se")\n', b'b\xf6se = 1\n', b'x = b"b\xf6se"\n', b'x = f"b\xf6se{1}"\n',
    b'x = 1\nprint("b\xf6se")\n', b'\xef\xbb\xbfprint("b\xf6se")\n', b'x = 1\nb\xf6se = 2\n',
    b'#\n"\xf6"\n', b'x = "\xe4\xb8"\n', b'(1 +\n"\xf6"\n', b'\xf6\n', b'ab\xf6 = 1\n', b'\xf6b = 1\n',
    b'abc\xf6def = 1\n', b'x = f"\xf6"\n', b"x = '''a\nb\xf6'''\n", b'x = r"\xf6"\n', b'x = 1 \xf6\n',
    b'x = (1,\n\xf6)\n', b'def f():\n    return "\xf6"\n', b'x = "\\\xf6"\n', b'x = "\xf6" "a"\n',
    b'x = "a" "\xf6"\n', b'x = \xe4\xb8\n', b'x = 1 +\n# \xf6\n', b'x = "\xed\xa0\x80"\n',
    b'1 1\nb\xf6 = 2\n', b'(1 +\nb\xf6\n', b'x = )\nb\xf6\n', b'x = 1\n  y = 2\nb\xf6\n', b'def f(:\n b\xf6\n',
    b'x = = "\xf6"\n', b'x = "\xf6" = =\n', b'x = 1 1 b\xf6\n', b'1 1\nx = "\xf6"\n', b'x = "\\n\xf6a\xf6"\n',
    b"x = '''\xf6\nb'''\n", b"x = '''a\nbc\xf6'''\n", b'x = "a\xf6"; y\xf6 = 2\n',
]


def main():
    seen = set()
    for src in snippets(sys.argv[1]):
        if src in seen:
            continue
        seen.add(src)
        data = src.encode("utf-8", "surrogateescape")
        try:
            ast.parse(data, "<snippet>")
            continue
        except SyntaxError as e:
            err = f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}|{e.text!r}"
        except UnicodeDecodeError as e:
            err = f"{type(e).__name__}|{e}"
        except (MemoryError, RecursionError, ValueError) as e:
            continue
        print(base64.b64encode(data).decode("ascii") + "\t" + err.replace("\n", "\\n"))


if __name__ == "__main__":
    main()
