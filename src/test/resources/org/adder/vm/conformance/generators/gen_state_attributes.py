"""Generator introspection: gi_frame, gi_running, gi_suspended, gi_code, __name__/__qualname__, "generator already executing", repr pieces."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def gen(n):
    me = yield "first"
    print("inside: running =", me.gi_running, "suspended =", me.gi_suspended)
    check(lambda: next(me))
    check(lambda: me.send(None))
    yield "second"
    x = n * 2
    yield x

g = gen(5)
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_frame.f_lasti if False else "-", g.gi_code.co_name)
print(g.gi_frame.f_locals)
print(next(g))
print(g.gi_suspended, g.gi_frame.f_locals)
print(g.send(g))
print(next(g), sorted(g.gi_frame.f_locals), g.gi_frame.f_locals["x"])
check(lambda: next(g))
print(g.gi_frame, g.gi_running, g.gi_suspended)
print(g.__name__, g.__qualname__, g.gi_code is gen.__code__, type(g).__name__)
g.__name__ = "renamed"
print(g.__name__, repr(g).startswith("<generator object gen at 0x"))
check(lambda: setattr(g, "__name__", 5))

class Holder:
    def method(self):
        yield 1
h = Holder().method()
print(h.__name__, h.__qualname__)
ge = (x for x in range(3))
print(ge.__name__, ge.__qualname__, type(ge).__name__, ge.gi_code.co_name, ge.gi_code.co_varnames)
print(next(ge), ge.gi_frame.f_locals.get("x"))

# gi_frame.f_lineno progresses
def lines():
    yield 1
    yield 2
base = lines.__code__.co_firstlineno
g = lines()
print(g.gi_frame.f_lineno - base)
next(g)
print(g.gi_frame.f_lineno - base)
next(g)
print(g.gi_frame.f_lineno - base)
g.close()
print(g.gi_frame)

# iter(generator) is the generator itself; generators are not reusable
g = lines()
print(iter(g) is g, list(g), list(g))
check(lambda: len(lines()))
check(lambda: lines()[0])
print(hasattr(g, "__next__"), hasattr(g, "send"), hasattr(g, "__len__"))
