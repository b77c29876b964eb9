"""State left behind when list operations fail midway: extend/+=/slice assignment/list() from an iterable that raises after some items, sort with a key or comparison that raises, and insert/append ordering."""
def gen(n, fail_at):
    for i in range(n):
        if i == fail_at:
            raise ValueError(f"fail at {i}")
        yield i
def attempt(label, f, lst):
    try:
        f()
    except ValueError as e:
        print(label, "ValueError:", e, "->", lst)
a = [100]
attempt("extend", lambda: a.extend(gen(5, 3)), a)
b = [100]
def iadd():
    global b
    b += gen(5, 2)
attempt("+=", iadd, b)
c = [1, 2, 3, 4]
def slice_assign():
    c[1:3] = gen(5, 2)
attempt("slice assign", slice_assign, c)
d = [5, 3, 1, 4]
def bad_key(x):
    if x == 1:
        raise ValueError("bad key 1")
    return -x
attempt("sort key", lambda: d.sort(key=bad_key), d)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 0 or o.v == 0:
            raise ValueError("cannot compare 0")
        return self.v < o.v
    def __repr__(self):
        return f"C{self.v}"
e = [Cmp(3), Cmp(1), Cmp(2), Cmp(0), Cmp(5)]
attempt("sort cmp", lambda: e.sort(), e)
f = []
attempt("list()", lambda: f.extend(list(gen(4, 1))), f)
g = [1, 2, 3]
try:
    g[:] = (1 / x for x in (1, 0))
except ZeroDivisionError as err:
    print("slice from failing generator:", err, g)
h = list(range(5))
try:
    h.remove(Cmp(1))
except Exception as err:
    print(type(err).__name__, err, h)
