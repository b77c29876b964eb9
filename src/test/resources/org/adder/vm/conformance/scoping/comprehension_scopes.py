"""Comprehension scopes (PEP 709 inlined in 3.12 but semantically isolated): loop variables don't leak, nested comprehensions, closures inside."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

x = "global x"
print([x for x in range(3)], x)
print({x: x * 2 for x in "ab"}, {x for x in (1, 1, 2)}, x)

def f():
    y = "local y"
    r = [y for y in range(2)]
    return r, y
print(f())

# nested comprehensions: inner sees outer's variable
print([[i * j for j in range(3)] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)])
print([row[::-1] for row in [[1, 2], [3, 4]]])
print([y for x in [[1, 2], [3]] for y in x])

# lambdas created in a comprehension close over the comprehension's variable (late binding)
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])
fs = [lambda i=i: i for i in range(3)]
print([fn() for fn in fs])

# comprehension inside a function referencing function locals and parameters
def scale(values, factor):
    offset = 1
    return [v * factor + offset for v in values]
print(scale([1, 2], 10))

# locals() inside a comprehension in a function (3.12: includes the outer function's locals)
def loc():
    a = 1
    return [sorted(locals()) for _ in range(1)][0]
print(loc())

# the iteration variable is unbound after a comprehension in a function even if it was assigned before
def after():
    z = "before"
    [z for z in range(3)]
    return z
print(after())

# a comprehension variable that shadows a later-assigned local
def shadow():
    result = [w for w in range(2)]
    w = "assigned after"
    return result, w
print(shadow())

# name errors inside comprehensions
check(lambda: [undefined_name for _ in range(1)])
def unbound_in_comp():
    r = [q for _ in range(1)]
    q = 1
    return r
check(unbound_in_comp)
# walrus inside comprehension binds in the containing scope; cannot rebind the iteration variable
print([(last := v) for v in range(3)], last)
check(lambda: compile("[i := 0 for i in range(3)]", "<s>", "exec"))
check(lambda: compile("[j for j in (j := [1])]", "<s>", "exec"))
# generator expression exposes its own frame; list comprehension does not (in tracebacks)
def which_frames():
    import sys as _s
    return [_s._getframe().f_code.co_name for _ in range(1)], list(_s._getframe().f_code.co_name for _ in range(1))
print(which_frames())
