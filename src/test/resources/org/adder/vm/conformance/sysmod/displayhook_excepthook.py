"""sys.displayhook (driven through exec in 'single' mode and direct calls) and a replaced sys.excepthook receiving the uncaught exception."""
import sys

print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
exec(compile("1 + 1", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
exec(compile("[1, 'a']", "<single>", "single"))
import builtins
print(builtins._)

def my_display(value):
    print("my_display got", repr(value))
sys.displayhook = my_display
exec(compile("40 + 2", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("x = 5", "<single>", "single"))
sys.displayhook = sys.__displayhook__
sys.displayhook(99)
print(builtins._)
sys.displayhook(None)
print(builtins._)
del sys.displayhook
try:
    exec(compile("1", "<single>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__

def my_hook(tp, value, tb):
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("my_hook:", tp.__name__, value, names, "notes:", getattr(value, "__notes__", None))
sys.excepthook = my_hook

def fail():
    e = LookupError("handled by custom excepthook")
    e.add_note("note text")
    raise e
print("about to fail")
fail()
