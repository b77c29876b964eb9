"""builtins: compile() of bad source raises SyntaxError; caught ones print their fields, the last one is uncaught so stderr shows the SyntaxError traceback with the offending line and caret; exit 1."""
for src in ["x = (1,", "def f(:\n    pass", "a = 1 +", "return 5", "f(**x, *y)", "x = 1\n  y = 2", "'unterminated"]:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
compile("values = [1, 2 3]", "<generated>", "exec")
