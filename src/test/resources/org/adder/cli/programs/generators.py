"""Generators: yield, yield from, send, throw, close, generator expressions, async generators."""
import asyncio


def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
    return "done"


def chain(*iterables):
    for it in iterables:
        result = yield from it
        if result:
            print("sub-result", result)


g = countdown(5)
print(next(g), g.send(10), next(g))
print(list(chain(countdown(3), "ab", (x * x for x in range(4)))))


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("cleanup")


g = guarded()
print(next(g), g.throw(ValueError("boom")))
g.close()


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    values = [i async for i in ticks(4)]
    total = sum([v async for v in ticks(5) if v % 2])
    return values, total


print(asyncio.run(main()))
print(sum(x for x in range(100) if x % 7 == 0))
