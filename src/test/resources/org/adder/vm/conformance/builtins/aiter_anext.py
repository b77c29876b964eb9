"""Builtins aiter and anext driven without an event loop (coroutines stepped with send(None)): async generators, default values, StopAsyncIteration, and error messages."""
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

async def agen(n):
    for i in range(n):
        print("agen yields", i)
        yield i * 10
    print("agen done")

async def collect(ait):
    out = []
    async for v in ait:
        out.append(v)
    return out

print(run(collect(agen(3))))
it = aiter(agen(2))
print(type(it).__name__, aiter(it) is it)
print(run(anext(it)), run(anext(it)))
check(lambda: run(anext(it)))
check(lambda: run(anext(it, "default")))
check(lambda: aiter([1, 2]))
check(lambda: anext(iter([1])))
check(lambda: anext(5))
check(lambda: aiter())
check(lambda: anext())
class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        if self.i >= self.n:
            print("stop")
            raise StopAsyncIteration
        self.i += 1
        return self.i
print(run(collect(ARange(3))))
r = ARange(1)
print(run(anext(r)), run(anext(r, "fallback")))
class BadAiter:
    def __aiter__(self):
        return 5
check(lambda: aiter(BadAiter()))
async def comp():
    return [x async for x in agen(2)], [x async for x in ARange(2) if x > 1]
print(run(comp()))
async def noisy():
    return "coroutine result"
c = noisy()
print(type(c).__name__, run(c))
check(lambda: run(c))
c2 = noisy()
c2.close()
check(lambda: run(c2))
