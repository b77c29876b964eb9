"""Generators as iterators: send, throw, close, return values via StopIteration, yield from delegation results, explicit close running finally, and errors ("generator already executing", "can't send non-None value")."""
def check(f):
    try:
        r = f()
    except StopIteration as e:
        print("StopIteration:", repr(e.value))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            print("got", x)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally runs")
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
g.close()
check(lambda: next(g))
g2 = echo()
check(lambda: g2.send("early"))
print(next(g2))
check(lambda: g2.throw(ValueError("thrown")))
check(lambda: next(g2))
def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield r
    return "outer-done"
print(list(outer()))
o = outer()
print(next(o), next(o), next(o))
check(lambda: next(o))
def selfref():
    yield next(gen_holder[0])
gen_holder = [selfref()]
check(lambda: next(gen_holder[0]))
def catcher():
    while True:
        try:
            yield
        except KeyError as e:
            print("caught", repr(e))
            yield "recovered"
c = catcher()
next(c)
print(c.throw(KeyError("k")))
print(next(c))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ie = ignores_exit()
next(ie)
check(lambda: ie.close())
def returns_in_finally():
    try:
        yield 1
    finally:
        print("cleanup")
rf = returns_in_finally()
print(next(rf))
rf.close()
print(rf.gi_frame is None, rf.gi_running)
check(lambda: echo().throw(TypeError))
check(lambda: echo().throw(TypeError, "with message"))
