"""Async generators driven by hand: asend, athrow, aclose, __anext__, StopAsyncIteration, ag_* attributes, aiter()/anext() builtins."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

def run(aw):
    """Drive an awaitable that never suspends for real I/O to completion."""
    try:
        while True:
            out = aw.send(None)
            print("  (loop saw)", repr(out))
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

async def ticker(n):
    try:
        for i in range(n):
            await Tick()
            received = yield i
            if received is not None:
                print("ticker received", repr(received))
    except KeyError as e:
        print("ticker handled", repr(e))
        yield "after throw"
    finally:
        print("ticker finally")

ag = ticker(3)
print(type(ag).__name__, ag.__name__, ag.ag_running, ag.ag_await, ag.ag_frame is not None, ag.ag_code.co_name)
print(run(ag.__anext__()))
print(run(ag.asend("hello")))
print(run(ag.athrow(KeyError("k"))))
check(lambda: run(ag.__anext__()))
check(lambda: run(ag.__anext__()))

ag = ticker(5)
print(run(anext(ag)))
print(run(ag.aclose()))
check(lambda: run(ag.__anext__()))
print(ag.ag_frame)

# anext with a default
async def empty():
    return
    yield
print(run(anext(empty(), "default value")))
check(lambda: run(anext(empty())))
check(lambda: anext(5))
check(lambda: aiter(5))
ag = ticker(1)
print(aiter(ag) is ag)

# asend a non-None value to a just-started async generator
check(lambda: run(ticker(1).asend("early")))

# athrow into unstarted async generator, aclose on unstarted
check(lambda: run(ticker(1).athrow(ValueError("unstarted"))))
print(run(ticker(1).aclose()))

# an async generator that ignores GeneratorExit
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ag = stubborn()
run(ag.__anext__())
check(lambda: run(ag.aclose()))

# the same awaitable cannot be reused
ag = ticker(2)
nxt = ag.__anext__()
run(nxt)
check(lambda: nxt.send(None))
print(run(ag.aclose()))
