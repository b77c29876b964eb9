"""Exceptions raised from loop else clauses and from loop headers: the else runs only on normal exhaustion, errors in iter()/next() propagate at the right point."""

def run(iterable, fail_in_else=False):
    out = []
    try:
        for x in iterable:
            out.append(x)
        else:
            out.append("else")
            if fail_in_else:
                raise LookupError("from else")
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
    return out

print(run([1, 2]))
print(run([1, 2], fail_in_else=True))
print(run(5))

def failing_gen():
    yield 1
    raise ValueError("mid-iteration")
print(run(failing_gen()))

class BadIter:
    def __iter__(self):
        raise RuntimeError("iter failed")
print(run(BadIter()))

class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("next failed")
print(run(BadNext()))

def while_else(limit, fail_at):
    out = []
    n = 0
    try:
        while n < limit:
            n += 1
            if n == fail_at:
                raise IndexError(n)
            out.append(n)
        else:
            out.append("else")
    except IndexError as e:
        out.append(f"IndexError {e}")
    return out
print(while_else(3, 99), while_else(3, 2))

# the loop variable after an exception keeps the last assigned value
try:
    for item in [10, 20, 30]:
        if item == 20:
            raise ValueError
except ValueError:
    pass
print(item)
