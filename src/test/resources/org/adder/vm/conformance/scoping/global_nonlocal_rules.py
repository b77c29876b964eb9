"""global/nonlocal corner cases: compile-time errors for bad declarations, nonlocal skipping levels, global in nested functions, exec namespaces."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def compile_err(src):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
    else:
        print("compiled ok")

compile_err("def f():\n    x = 1\n    global x\n")
compile_err("def f():\n    print(x)\n    global x\n")
compile_err("def f(x):\n    global x\n")
compile_err("def f():\n    nonlocal y\n")
compile_err("def f():\n    y = 1\n    def g():\n        global y\n        nonlocal y\n")
compile_err("def f():\n    def g(a):\n        nonlocal a\n")
compile_err("nonlocal q\n")
compile_err("global q\n")
compile_err("class C:\n    nonlocal z\n")
compile_err("def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n    return x\n")

# nonlocal skips intermediate scopes that don't bind the name
def a():
    v = "a's"
    def b():
        def c():
            nonlocal v
            v = "changed by c"
        c()
    b()
    return v
print(a())

# global inside nested function refers to module even if enclosing has a local
counter = 0
def outer():
    counter = "enclosing local"
    def bump():
        global counter
        counter += 1
    bump(); bump()
    return counter
print(outer(), counter)

# exec with separate globals: global statement writes into that dict
ns = {}
exec("def f():\n    global made\n    made = 'inside exec'\nf()", ns)
print(ns["made"], "made" in globals())

# a function's globals are the module where it was defined
code_ns = {"value": "from ns"}
exec("def reader():\n    return value", code_ns)
value = "from module"
print(code_ns["reader"]())

# functions defined in exec with a separate locals dict can't see those locals
g_ns, l_ns = {}, {}
exec("hidden = 1\ndef peek():\n    return hidden\n", g_ns, l_ns)
check(l_ns["peek"])
# nonlocal declared in a loop body with many closures
def closures():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return [add(i) for i in range(5)], total
print(closures())
