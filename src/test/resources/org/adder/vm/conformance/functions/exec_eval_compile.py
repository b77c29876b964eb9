"""exec/eval/compile with namespaces and modes: return values, __builtins__ insertion, globals vs locals, errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("x + y", {"x": 1}, {"y": 2}))
ns = {}
print(exec("a = 5\nb = a * 2", ns), ns["a"], ns["b"], "__builtins__" in ns)
g, l = {}, {}
exec("v = 1\ndef f(): return v", g, l)
print(sorted(l), sorted(k for k in g if k != "__builtins__"))
check(lambda: l["f"]())
g2 = {}
exec("v = 1\ndef f(): return v", g2)
print(g2["f"]())

# the three compile modes
c_exec = compile("q = 3", "<exec>", "exec")
c_eval = compile("q * 2", "<eval>", "eval")
c_single = compile("q + 100", "<single>", "single")
env = {}
exec(c_exec, env)
print(eval(c_eval, env))
exec(c_single, env)  # single mode prints the expression value through displayhook
print(eval(compile("[i for i in range(3)]", "<e>", "eval")))
check(lambda: compile("x = 1", "<e>", "eval"))
check(lambda: compile("1 +", "<bad>", "exec"))
check(lambda: compile("1", "<m>", "bogus"))
check(lambda: eval("import sys"))
check(lambda: eval(42))
check(lambda: exec(42))
check(lambda: eval("x", []))
check(lambda: eval("x", {}, []))
check(lambda: eval("undefined_in_eval"))

# custom mapping as locals
class Loud(dict):
    def __getitem__(self, k):
        print("lookup", k)
        return super().__getitem__(k)
    def __missing__(self, k):
        return f"<missing {k}>"
print(eval("a + b", {}, Loud(a="A")))
loc = Loud()
exec("x = 1\ny = x + 1", {}, loc)
print(dict(loc))

# builtins: custom __builtins__ restricts names
check(lambda: eval("len([1])", {"__builtins__": {}}))
print(eval("len([1, 2])", {"__builtins__": {"len": lambda s: "fake len"}}))

# eval of expressions with side effects, exec returning None, bytes source, whitespace
print(eval(b"2 ** 8"), eval("  7  "), eval("\n8\n"))
check(lambda: eval("\t 1\n 2"))
exec("print('exec printed', __name__)", {"__name__": "custom"})
src = "def add(a, b):\n    return a + b\nresult = add(2, 3)\n"
ns3 = {}
exec(compile(src, "<src>", "exec"), ns3)
print(ns3["result"], ns3["add"].__code__.co_filename, ns3["add"].__module__)
# dont_inherit / flags argument is accepted
print(eval(compile("1 if True else 2", "<c>", "eval", 0, True)))
