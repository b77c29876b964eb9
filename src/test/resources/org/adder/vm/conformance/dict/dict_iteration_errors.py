"""Mutating a dict during iteration: "dictionary changed size during iteration", "dictionary keys changed during iteration", value updates allowed; deleting via list(); iterator length hints."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

d = {i: str(i) for i in range(5)}
def add_during():
    for k in d:
        d[k + 100] = 0
check(add_during)
print(d)
def del_during():
    for k in d:
        del d[k]
check(del_during)
print(d)
def del_add_same_size():
    e = {1: 1, 2: 2, 3: 3}
    for k in e:
        print("visiting", k)
        del e[k]
        e[k + 10] = 0
check(del_add_same_size)
def update_values():
    f = {"a": 1, "b": 2}
    for k in f:
        f[k] *= 10
    return f
check(update_values)
def safe_delete():
    g = {i: i % 2 for i in range(6)}
    for k in list(g):
        if g[k]:
            del g[k]
    return g
check(safe_delete)
def items_change():
    h = {1: 1}
    for k, v in h.items():
        h.pop(k)
check(items_change)
def values_change():
    h = {1: 1, 2: 2}
    for v in h.values():
        h.clear()
check(values_change)
def pop_then_readd():
    h = {1: 1, 2: 2}
    it = iter(h)
    next(it)
    h.pop(2)
    h[2] = 2
    return list(it)
check(pop_then_readd)
h = {"a": 1, "b": 2, "c": 3}
it = iter(h)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
ih = iter(h.items())
print(ih.__length_hint__(), next(ih), type(ih).__name__, type(iter(h.values())).__name__, type(reversed(h)).__name__)
