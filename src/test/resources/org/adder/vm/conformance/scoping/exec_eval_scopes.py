"""Scopes seen by exec/eval inside functions: locals snapshot vs writes, closures not created for exec'd code, eval of comprehensions referencing locals."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def reads_local():
    x = 10
    return eval("x + 1")
print(reads_local())

def write_not_visible():
    x = 1
    exec("x = 2")
    return x
print(write_not_visible())

def new_name_in_exec():
    exec("fresh = 'created'")
    try:
        return fresh
    except NameError as e:
        return "NameError: " + str(e)
print(new_name_in_exec())

def explicit_namespace():
    ns = {}
    exec("fresh = 'in ns'", globals(), ns)
    return ns["fresh"]
print(explicit_namespace())

def comprehension_in_eval():
    factor = 3
    try:
        return eval("[i * factor for i in range(3)]")
    except NameError as e:
        return "NameError: " + str(e)
print(comprehension_in_eval())

def comprehension_with_locals_arg():
    factor = 3
    return eval("[i * factor for i in range(3)]", globals(), {"factor": factor})
print(comprehension_with_locals_arg())

def closure_in_exec():
    y = "enclosing"
    ns = {}
    exec("def inner():\n    return y", globals(), ns)
    try:
        return ns["inner"]()
    except NameError as e:
        return "NameError: " + str(e)
print(closure_in_exec())
y = "module y"
print(closure_in_exec())

def lambda_in_eval():
    z = 5
    f = eval("lambda: z")
    try:
        return f()
    except NameError as e:
        return "NameError: " + str(e)
print(lambda_in_eval())

def globals_write():
    exec("global_from_exec = 1", globals())
check(globals_write)
print(global_from_exec)
