"""SyntaxError attributes from compile(): msg, filename, lineno, offset, end_lineno, end_offset, text, print_file_and_line; str forms."""

def show(src, mode="exec"):
    try:
        compile(src, "<snippet>", mode)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        print("   str:", str(e))
    else:
        print("compiled:", repr(src))

show("1 +")
show("x = (1, 2")
show("def f(:\n  pass")
show("if True:\npass")
show("  x = 1")
show("for x in range(3):\n\tif x:\n        pass")
show("return 5")
show("break")
show("x = 1\ny = 2 +* 3\n")
show("f(**a, *b)")
show("a = 1 = 2")
show("del f()")
show("nonlocal x")
show("x := 5")
show("print 'hello'")
show("'unterminated")
show('"""never closed')
show("0b102")
show("1_")
show("a b")
show("lambda: (yield)")
show("class C:\n    return 1")
show("x = 1", "eval")
show("def f(a, a): pass")
show("f(a=1, a=2)")
show("async def f():\n    yield from x")
show("import *")
show("(a for a in b) = 1")
show("[x for x in y] += 1")
show("f'{'")

e = SyntaxError("message", ("file.py", 3, 5, "bad line\n", 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.args)
print(str(e))
print(str(SyntaxError("only msg")), SyntaxError().msg, SyntaxError("m", ("f", None, None, None)).lineno)
try:
    SyntaxError("m", (1, 2))
except TypeError as te:
    print("TypeError:", te)
try:
    SyntaxError("m", 5)
except TypeError as te:
    print("TypeError:", te)
print(IndentationError("x", ("f", 1, 1, "t")).__class__.__mro__[1].__name__)
