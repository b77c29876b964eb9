"""iter() with the sequence protocol and with a sentinel callable, next() with and without default, StopIteration values, iterator exhaustion staying exhausted, and errors."""
def check(f):
    try:
        r = f()
    except StopIteration as e:
        print("StopIteration:", repr(e.value), e.args)
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class OldSeq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError("end")
        return i * i
print(list(iter(OldSeq())))
print(list(OldSeq()), 4 in OldSeq(), 2 in OldSeq())
counter = [0]
def tick():
    counter[0] += 1
    print("tick", counter[0])
    return counter[0]
print(list(iter(tick, 3)))
it = iter(tick, 7)
print(next(it), next(it), list(it), list(it))
check(lambda: next(iter([])))
check(lambda: next(iter([]), "dflt"))
check(lambda: next(iter([]), None))
check(lambda: next([1]))
check(lambda: next(5))
check(lambda: next())
check(lambda: next(iter([]), 1, 2))
check(lambda: iter(5))
check(lambda: iter(5, 5))
check(lambda: iter(len, 1, 2))
check(lambda: iter())
check(lambda: iter(None))
def g():
    yield 1
    return "retval"
gi = g()
print(next(gi))
check(lambda: next(gi))
check(lambda: next(gi))
def raiser():
    raise StopIteration(7)
check(raiser)
class Bad:
    def __iter__(self):
        return 5
check(lambda: iter(Bad()))
class IterNone:
    __iter__ = None
check(lambda: iter(IterNone()))
class Manual:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
m = Manual()
print(list(m), list(m), iter(m) is m)
s = iter("ab")
print(next(s), next(s), next(s, "done"), next(s, "done"))
