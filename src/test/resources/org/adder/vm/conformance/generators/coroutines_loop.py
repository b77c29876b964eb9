"""Coroutines driven by a tiny hand-written event loop with send(None): await on __await__ objects, task switching order, return values."""

class Yield:
    """An awaitable that suspends the coroutine once, handing a value to the loop."""
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return got

class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
        self.log = []
    def spawn(self, name, coro):
        self.ready.append((name, coro, None))
    def run(self):
        step = 0
        while self.ready:
            name, coro, value = self.ready.pop(0)
            step += 1
            try:
                yielded = coro.send(value)
            except StopIteration as e:
                self.log.append(f"{step}: {name} finished -> {e.value!r}")
                self.results[name] = e.value
            else:
                self.log.append(f"{step}: {name} yielded {yielded!r}")
                self.ready.append((name, coro, f"resume#{step}"))
        return self.results

async def worker(name, n):
    total = []
    for i in range(n):
        got = await Yield(f"{name}-{i}")
        total.append(got)
    return total

async def parent():
    a = await worker("inner", 2)
    b = await Yield("parent-own")
    return a, b

loop = Loop()
loop.spawn("w1", worker("w1", 2))
loop.spawn("w2", worker("w2", 3))
loop.spawn("p", parent())
results = loop.run()
for line in loop.log:
    print(line)
print(results)

# a coroutine with no awaits finishes on the first send
async def immediate():
    return 42
c = immediate()
try:
    c.send(None)
except StopIteration as e:
    print("immediate:", e.value)

# awaiting a coroutine object directly inside another
async def add(a, b):
    await Yield("adding")
    return a + b
async def calc():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
c = calc()
values = []
try:
    v = None
    while True:
        values.append(c.send(v))
        v = len(values)
except StopIteration as e:
    print(values, "->", e.value)

# exceptions thrown into a coroutine propagate through awaits
async def guarded():
    try:
        await Yield("waiting")
    except KeyError as e:
        return f"handled {e!r}"
c = guarded()
print(c.send(None))
try:
    c.throw(KeyError("cancel"))
except StopIteration as e:
    print(e.value)
