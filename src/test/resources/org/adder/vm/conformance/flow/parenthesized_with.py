"""Parenthesized context managers (3.10+), managers from expressions and calls, __exit__ suppressing inside loops with continue semantics."""

log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name
    def __exit__(self, tp, val, tb):
        log.append(f"exit {self.name} {tp.__name__ if tp else None}")
        return self.suppress

with (
    CM("a") as a,
    CM("b") as b,
    CM("c"),
):
    log.append(f"body {a} {b}")
print(log); log.clear()

with (CM("x"), CM("y") as y):
    log.append("body " + y)
print(log); log.clear()

# a parenthesized single manager expression (tuple-looking but not a tuple)
with (CM("solo")) as s:
    log.append("body " + s)
print(log); log.clear()

# manager expression evaluated before __enter__, each in order
def make(name):
    log.append("make " + name)
    return CM(name)
with make("1") as one, make("2") as two:
    pass
print(log); log.clear()

# suppressing within a loop: the loop continues with the next iteration
for i in range(3):
    with CM(f"loop{i}", suppress=True):
        if i == 1:
            raise ValueError("skip")
        log.append(f"body {i}")
    log.append(f"after with {i}")
print(log); log.clear()

# a tuple of managers is not a context manager
try:
    with (CM("p"), CM("q")) if False else (CM("p"), CM("q")):
        pass
except TypeError as e:
    print("TypeError:", e)
print(log); log.clear()

# the same manager object reused
cm = CM("reused")
with cm:
    pass
with cm:
    pass
print(log)
