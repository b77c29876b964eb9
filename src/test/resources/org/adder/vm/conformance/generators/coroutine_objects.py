"""Coroutine objects: cr_await, cr_frame, cr_running, cr_code, 'cannot reuse already awaited coroutine', awaiting non-awaitables, __await__ errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Suspend:
    def __await__(self):
        yield "suspended"
        return "resumed"
    def __repr__(self):
        return "Suspend()"

async def inner():
    return await Suspend()
async def outer():
    r = await inner()
    return r

c = outer()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running, c.cr_await, c.cr_frame is not None)
print(hex(c.cr_code.co_flags & 0x180))
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.__name__, type(c.cr_await.cr_await).__name__)
check(lambda: c.send("x"))
print(c.cr_await, c.cr_frame)
check(lambda: c.send(None))

async def simple():
    return 1
c = simple()
async def await_twice():
    first = await c
    second = await c
    return first, second
d = await_twice()
check(lambda: d.send(None))
c.close()

# a coroutine can't be iterated, nor awaited from a plain generator
# (each coroutine is closed explicitly so that no "never awaited" warning depends on collection timing)
unawaited = simple()
check(lambda: iter(unawaited))
check(lambda: next(unawaited))
check(lambda: list(unawaited))
unawaited.close()

# awaiting non-awaitables
async def await_value(v):
    return await v
for v in (5, None, [1], "s"):
    check(lambda: await_value(v).send(None))
class BadAwait:
    def __await__(self):
        return 5
check(lambda: await_value(BadAwait()).send(None))
class AwaitReturnsCoroutine:
    def __await__(self):
        return unawaited2
unawaited2 = simple()
check(lambda: await_value(AwaitReturnsCoroutine()).send(None))
unawaited2.close()
class AwaitIsGenerator:
    def __await__(self):
        return iter([1, 2])
co = await_value(AwaitIsGenerator())
print(co.send(None), co.send(None))
check(lambda: co.send(None))

# close and throw on coroutines
async def with_finally():
    try:
        await Suspend()
    finally:
        print("coroutine finally")
c = with_finally()
c.send(None)
c.close()
print(c.cr_frame)
c = with_finally()
c.send(None)
check(lambda: c.throw(ValueError("into coroutine")))
c = with_finally()
check(lambda: c.throw(ValueError("before start")))
check(lambda: c.send(None))

# cr_origin is None by default; coroutine repr shape
c = simple()
print(c.cr_origin, repr(c).startswith("<coroutine object simple at 0x"))
c.close()
