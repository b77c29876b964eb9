"""Generator send/throw/close: values flowing in, first send must be None, throw handled or not, close running finally, GeneratorExit rules."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

def echo():
    print("started")
    received = None
    try:
        while True:
            try:
                received = yield f"got {received!r}"
            except ValueError as e:
                print("handled throw:", e)
                received = "after throw"
    finally:
        print("finally in echo")

g = echo()
check(lambda: g.send("too early"))
print(next(g))
print(g.send(1))
print(g.send([2]))
print(g.throw(ValueError("v")))
print(next(g))
check(lambda: g.throw(KeyError("unhandled")))
check(lambda: next(g))
check(lambda: g.send(1))

g = echo()
next(g)
print(g.close(), g.gi_frame)
print(g.close())

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit, yielding anyway")
        yield 2
g = ignores_exit()
next(g)
check(g.close)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit, returning")
        return "ignored value"
g = returns_on_exit()
next(g)
check(g.close)

def raises_on_exit():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
g = raises_on_exit()
next(g)
check(g.close)

# close of an unstarted generator does not run it
def never_started():
    print("never printed")
    yield
g = never_started()
g.close()
check(lambda: next(g))

# throw forms: class, instance, deprecated 3-arg form with traceback None
def simple():
    yield 1
    yield 2
g = simple(); next(g)
check(lambda: g.throw(TypeError))
g = simple()
check(lambda: g.throw(TypeError("into unstarted")))
check(lambda: simple().throw(1))
g = simple(); next(g)
check(lambda: g.throw(StopIteration("si")))
def catches_all():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
g = catches_all(); next(g)
g.throw(ValueError("one"))
g.throw(IndexError)
check(lambda: g.throw(GeneratorExit))
