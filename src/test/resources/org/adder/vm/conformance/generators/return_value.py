"""Generator return values: StopIteration.value, return in try/finally, return None vs no return, return with tuple, values via yield from."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e), "value:", repr(getattr(e, "value", None)))
    else:
        print(repr(r))

def g1():
    yield 1
    return "done"
def g2():
    yield 1
def g3():
    yield 1
    return
def g4():
    yield 1
    return (1, 2)
def g5():
    try:
        yield 1
        return "from try"
    finally:
        print("finally runs before StopIteration")
def g6():
    try:
        yield 1
        return "from try"
    finally:
        return "from finally"
def g7():
    return "immediately"
    yield
def g8():
    yield 1
    return StopIteration("a StopIteration as value")

for g in (g1, g2, g3, g4, g5, g6, g7, g8):
    print("--", g.__name__)
    it = g()
    try:
        while True:
            print("yielded", next(it))
    except StopIteration as e:
        print("StopIteration args:", e.args, "value:", repr(e.value))

def delegate():
    r = yield from g1()
    print("yield from returned", repr(r))
    r2 = yield from g4()
    return r, r2
print(list(delegate()))
it = delegate()
for _ in it:
    pass
def wrapper():
    return (yield from delegate())
it = wrapper()
try:
    while True:
        next(it)
except StopIteration as e:
    print("final:", e.value)

# the value of a StopIteration raised by hand in a generator becomes RuntimeError (PEP 479)
def manual_stop():
    yield 1
    raise StopIteration("manual")
check(lambda: list(manual_stop()))
# list() discards the return value
print(list(g1()), [x for x in g4()], sum(g4()))
