"""Async comprehensions and async generator expressions inside coroutines, await inside comprehensions, driven by a trivial loop."""

class Tick:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield ("tick", self.v)
        return self.v * 10

def run(coro):
    ticks = []
    try:
        while True:
            ticks.append(coro.send(None))
    except StopIteration as e:
        return e.value, ticks

async def agen(n):
    for i in range(n):
        yield await Tick(i)

async def main():
    a = [x async for x in agen(3)]
    b = [await Tick(i) for i in range(2)]
    c = {x: x // 10 async for x in agen(2)}
    d = {x async for x in agen(2) if x}
    e = [x + y async for x in agen(2) for y in range(2)]
    ge = (x * 2 async for x in agen(2))
    f = [v async for v in ge]
    g = [(await Tick(x)) async for x in agen(1)]
    return a, b, c, d, e, f, g, type(ge).__name__

value, ticks = run(main())
print(value)
print(len(ticks), ticks[:4])

# async comprehension outside async function is a compile error; async genexp is allowed in sync code
for src in ("def f():\n    return [x async for x in y]", "def f():\n    return (x async for x in y)", "def f():\n    return [await x for x in y]"):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
