"""Generator close() details: on exhausted/unstarted/running generators, finally raising, close during yield from of a non-generator, return value of close."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally")

x = g()
print(list(x))
check(x.close)
check(x.close)

y = g()
check(y.close)
print(y.gi_frame)

z = g()
next(z)
check(z.close)
check(lambda: next(z))

def raises_in_finally():
    try:
        yield
    finally:
        raise ValueError("from finally")
r = raises_in_finally()
next(r)
check(r.close)
print(r.gi_frame)

def returns_after_exit():
    try:
        yield
    except GeneratorExit:
        return 5
q = returns_after_exit()
next(q)
check(q.close)

def self_closer():
    me = yield
    me.close()
    yield "unreachable"
sc = self_closer()
next(sc)
check(lambda: sc.send(sc))

class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def close(self):
        print("It.close called")
def deleg():
    yield from It()
d = deleg()
next(d)
check(d.close)
class NoClose:
    def __iter__(self): return self
    def __next__(self): return 0
def deleg2():
    yield from NoClose()
d2 = deleg2()
next(d2)
check(d2.close)
