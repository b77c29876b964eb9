"""exec/eval scoping: separate globals and locals dicts make class-like scoping (functions defined in exec cannot see exec locals), closures inside exec with one dict, nonlocal/global inside exec'd code, and locals() snapshots."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

g, l = {}, {}
exec("x = 1\ndef f():\n    return x\n", g, l)
print(sorted(l), "x" in g)
check(lambda: l["f"]())
one = {}
exec("x = 1\ndef f():\n    return x\nresult = f()", one)
print(one["result"])
exec("def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n        return v\n    return inner\ncounter = outer()", one)
print(one["counter"](), one["counter"]())
exec("global gv\ngv = 'global from exec'", one)
print(one["gv"])
check(lambda: eval("[x for x in range(3) if x != y]", {"y": 1}))
check(lambda: eval("[y for x in range(2)]", {}, {"y": 5}))
check(lambda: eval("(lambda: y)()", {}, {"y": 5}))
def func():
    a = 1
    return eval("a + 1"), exec("b = 5") or "exec returns None", eval("locals()")
check(func)
def func2():
    exec("c = 7")
    return "c" in locals()
check(func2)
code = compile("z = w * 2", "<c>", "exec")
ns = {"w": 21}
exec(code, ns)
print(ns["z"])
check(lambda: exec(code, {}))
check(lambda: eval("__name__", {"__name__": "custom"}))
check(lambda: eval("__name__", {}))
