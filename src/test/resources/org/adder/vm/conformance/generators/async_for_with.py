"""async for and async with driven by a hand-written loop: __aiter__/__anext__, __aenter__/__aexit__ call order and arguments, suppression."""

def run(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return e.value, trace

class Pause:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        yield self.tag

class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        await Pause(f"next {self.i}")
        if self.i >= self.n:
            print("raising StopAsyncIteration")
            raise StopAsyncIteration
        self.i += 1
        return self.i

class AManager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("aenter", self.name)
        await Pause("enter " + self.name)
        return self.name.upper()
    async def __aexit__(self, tp, val, tb):
        print("aexit", self.name, tp and tp.__name__, repr(val))
        await Pause("exit " + self.name)
        return self.suppress

async def main():
    got = []
    async for v in ARange(3):
        got.append(v)
    else:
        print("async for else ran")
    async with AManager("a") as a, AManager("b", suppress=True) as b:
        print("body", a, b)
        raise ValueError("suppressed by b")
    async for v in ARange(5):
        if v == 2:
            break
    print("after break v =", v)
    results = [v async for v in ARange(2)]
    gen_results = [x * 10 async for x in agen()]
    return got, results, gen_results

async def agen():
    for i in range(2):
        await Pause(f"agen {i}")
        yield i

value, trace = run(main())
print(value)
print(trace)

# errors: wrong protocol objects
class NoAiter:
    pass
class AiterNotAsyncIterator:
    def __aiter__(self): return 5
class AnextNotAwaitable:
    def __aiter__(self): return self
    def __anext__(self): return 5
class SyncManager:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def use(obj):
    async for x in obj:
        pass
async def use_with(obj):
    async with obj:
        pass
for obj in (NoAiter(), AiterNotAsyncIterator(), AnextNotAwaitable(), [1, 2]):
    try:
        run(use(obj))
    except TypeError as e:
        print("TypeError:", e)
for obj in (SyncManager(), NoAiter()):
    try:
        run(use_with(obj))
    except TypeError as e:
        print("TypeError:", e)

# exception propagates out of async with when __aexit__ returns False
async def failing():
    async with AManager("c"):
        raise KeyError("escapes")
try:
    run(failing())
except KeyError as e:
    print("escaped", repr(e))
