"""Uncaught exception escaping a coroutine driven by a hand-written loop: the traceback shows the coroutine frames and the loop frame."""

class Sleep:
    def __await__(self):
        yield "sleep"

async def fetch(key):
    await Sleep()
    data = {"a": 1, "b": 2}
    return data[key]

async def gather(keys):
    out = []
    for k in keys:
        out.append(await fetch(k))
        print("fetched", k)
    return out

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

print(run(gather(["a", "b"])))
run(gather(["b", "zzz"]))
