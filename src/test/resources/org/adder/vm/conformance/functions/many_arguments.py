"""Calls with very many arguments: hundreds of positional and keyword arguments, *args of length 1000, large signatures built by exec."""

def count(*args, **kwargs):
    return len(args), len(kwargs), sum(args), sum(kwargs.values())

print(count(*range(1000)))
print(count(**{f"k{i}": i for i in range(300)}))
print(count(*range(300), **{f"k{i}": i for i in range(300)}))

params = ", ".join(f"p{i}" for i in range(300))
ns = {}
exec(f"def big({params}):\n    return p0 + p299, len(locals())", ns)
big = ns["big"]
print(big(*range(300)))
print(big.__code__.co_argcount, big.__code__.co_nlocals, big.__code__.co_varnames[-1])
try:
    big(*range(299))
except TypeError as e:
    print("TypeError:", e)
try:
    big(*range(301))
except TypeError as e:
    print("TypeError:", e)
print(big(**{f"p{i}": 1 for i in range(300)}))

# a literal call with more than 255 arguments compiles and runs
src = "count(" + ", ".join(str(i) for i in range(400)) + ")"
print(eval(src))
src = "count(" + ", ".join(f"a{i}={i}" for i in range(300)) + ")"
print(eval(src))

kwonly = ", ".join(f"k{i}=0" for i in range(100))
exec(f"def kw(*, {kwonly}):\n    return k0, k99", ns)
print(ns["kw"](k99=99), ns["kw"].__code__.co_kwonlyargcount, len(ns["kw"].__kwdefaults__))
