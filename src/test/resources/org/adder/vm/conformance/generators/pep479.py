"""PEP 479: StopIteration raised inside a generator becomes RuntimeError('generator raised StopIteration') with the original as cause."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
    else:
        print(repr(r))

def direct():
    yield 1
    raise StopIteration("direct")
check(lambda: list(direct()))

def via_next():
    it = iter([])
    yield next(it)
check(lambda: list(via_next()))

def caught_inside():
    try:
        next(iter([]))
    except StopIteration:
        yield "handled inside"
print(list(caught_inside()))

def subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop("sub")
check(lambda: list(subclass()))

def in_genexp():
    return list(next(iter([])) for _ in range(1))
check(in_genexp)

# a list comprehension is not a generator: StopIteration passes through
def in_listcomp():
    return [next(iter([])) for _ in range(1)]
check(in_listcomp)

# throwing StopIteration into a generator
def plain():
    yield 1
    yield 2
g = plain(); next(g)
check(lambda: g.throw(StopIteration("thrown")))

# StopAsyncIteration inside an async generator body is converted similarly (driven by hand)
async def agen():
    yield 1
    raise StopAsyncIteration("inner")
ag = agen()
def drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return ("done", e.value)
print(drive(ag.__anext__()))
check(lambda: drive(ag.__anext__()))

# returning normally is fine; return value lands on StopIteration
def ok():
    yield 1
    return "fine"
g = ok(); next(g)
try:
    next(g)
except StopIteration as e:
    print("normal return value:", e.value)

# the RuntimeError is raised at the point of next(), traceback shows generator frame
try:
    list(direct())
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
