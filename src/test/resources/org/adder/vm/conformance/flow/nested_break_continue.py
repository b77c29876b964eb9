"""Nested loops with break/continue at various depths; flags and counters as observables."""

trace = []
for i in range(4):
    if i == 0:
        continue
    j = 0
    while j < 4:
        j += 1
        if j == 2:
            continue
        if i * j > 6:
            trace.append(("break", i, j))
            break
        trace.append((i, j))
    else:
        trace.append(("while-else", i))
print(trace)

# continue inside try/finally inside a loop
out = []
for i in range(5):
    try:
        if i % 2:
            continue
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)

# break inside try/finally inside a loop
out = []
for i in range(5):
    try:
        if i == 2:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)

# break out of a with block calls __exit__ with None
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *a):
        print("exit", self.name, a)
for i in range(3):
    with CM(i):
        if i == 1:
            print("breaking")
            break
        print("body", i)

# continue in nested with
for i in range(2):
    with CM("o%d" % i), CM("i%d" % i):
        continue

# loop over a list being mutated
lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if x < 3:
        lst.append(x + 10)
print(seen, lst)

# range with negative step, empty range, break on first
print([i for i in range(10, 0, -3)])
for i in range(0):
    print("never")
print(list(range(5, 5)))
