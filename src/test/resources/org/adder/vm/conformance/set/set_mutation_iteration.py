"""Mutating a set during iteration ("Set changed size during iteration"), set iterator length hints, and __hash__/__eq__ call traces on insertion, lookup and removal."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = {1, 2, 3}
def add_during():
    for x in s:
        s.add(x + 10)
check(add_during)
print(len(s))
def remove_during():
    t = {1, 2, 3}
    for x in t:
        t.discard(x)
check(remove_during)
def same_size():
    t = {1, 2, 3}
    for x in t:
        t.discard(x)
        t.add(x + 100)
    return len(t)
check(same_size)
it = iter({5, 6, 7})
print(it.__length_hint__(), next(it), it.__length_hint__(), sorted(it), it.__length_hint__(), type(it).__name__)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print(f"hash({self.v})", end=" ")
        return self.v % 3
    def __eq__(self, o):
        print(f"eq({self.v},{o.v})", end=" ")
        return self.v == o.v
    def __repr__(self):
        return f"K{self.v}"
t = set()
for v in (1, 4, 7, 1):
    t.add(K(v))
    print("->", len(t))
print(K(4) in t)
print(K(5) in t)
t.discard(K(7))
print("->", len(t))
print(sorted(t, key=lambda k: k.v))
class BadHash:
    def __hash__(self):
        raise RuntimeError("no hashing")
check(lambda: {BadHash()})
check(lambda: BadHash() in {1})
check(lambda: {1}.discard(BadHash()))
