"""Generator pipelines: lazy interleaving of stages shown by traces, infinite generators with early stop, closing a pipeline explicitly."""

log = []
def source(n):
    try:
        for i in range(n):
            log.append(f"source {i}")
            yield i
    finally:
        log.append("source closed")

def square(it):
    try:
        for x in it:
            log.append(f"square {x}")
            yield x * x
    finally:
        log.append("square closed")

def evens(it):
    for x in it:
        if x % 2 == 0:
            log.append(f"pass {x}")
            yield x

p = evens(square(source(5)))
print(next(p), log)
log.clear()
print(list(p), log)
log.clear()

def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(it, k):
    for _, v in zip(range(k), it):
        yield v
print(list(take(naturals(), 5)))

def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(primes(), 12)))

# explicit close propagates through a stage only when the stage closes its input
inner = source(10)
outer = square(inner)
next(outer)
log.clear()
outer.close()
print(log, inner.gi_frame is None)
inner.close()
print(log)
log.clear()

# a generator used by two consumers alternately
g = naturals()
a = [next(g) for _ in range(3)]
b = [next(g) for _ in range(2)]
print(a, b)

# send-driven accumulator (coroutine-style generator)
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count
acc = averager()
next(acc)
print([acc.send(v) for v in (10, 20, 60)])
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

# fibonacci with tuple state, and a generator of generators
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(fib(), 15)), next(x for x in fib() if x > 10**20))
def groups(n):
    for i in range(n):
        yield (j for j in range(i))
print([list(g) for g in groups(4)])
