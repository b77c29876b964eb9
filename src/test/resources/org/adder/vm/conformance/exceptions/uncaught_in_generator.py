"""Uncaught exception raised inside a generator consumed by a for loop in a function: generator frames in the traceback."""

def numbers(limit):
    for i in range(limit):
        if i == 3:
            raise ValueError(f"bad number {i}")
        yield i * 10

def pairs(gen):
    for a in gen:
        yield a, a + 1

def consume():
    out = []
    for a, b in pairs(numbers(10)):
        out.append(a + b)
        print("consumed", a, b)
    return out

print(list(numbers(3)))
consume()
