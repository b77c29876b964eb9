"""LEGB resolution order: local, enclosing, global, builtins; shadowing builtins at each level, builtins module edits, dynamic globals."""
import builtins

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def uses_len():
    return len("abc")
print(uses_len())

def local_shadow():
    len = lambda s: "local len"
    return len("abc")
print(local_shadow(), uses_len())

def enclosing_shadow():
    len = lambda s: "enclosing len"
    def inner():
        return len("abc")
    return inner()
print(enclosing_shadow())

len = lambda s: "global len"
print(uses_len())
del len
print(uses_len())

# adding to builtins makes a name visible everywhere
builtins.brand_new_builtin = "from builtins"
def reads_new():
    return brand_new_builtin
print(reads_new())
brand_new_builtin = "global shadows builtin"
print(reads_new())
del brand_new_builtin
print(reads_new())
del builtins.brand_new_builtin
check(reads_new)

# globals() edited at run time are seen by functions
def reads_dynamic():
    return dynamic_name
check(reads_dynamic)
globals()["dynamic_name"] = "added via globals()"
print(reads_dynamic())

# a function defined in exec with custom builtins
ns = {"__builtins__": {"len": lambda s: "custom builtins len"}}
exec("def f():\n    return len('x')", ns)
print(ns["f"]())
ns2 = {"__builtins__": {}}
exec("def g():\n    return len('x')", ns2)
check(ns2["g"])
# True/False/None are keywords, not names
check(lambda: compile("None = 1", "<s>", "exec"))
check(lambda: compile("True += 1", "<s>", "exec"))
print(__builtins__ is builtins or __builtins__ is builtins.__dict__)
print(type(__builtins__).__name__)
