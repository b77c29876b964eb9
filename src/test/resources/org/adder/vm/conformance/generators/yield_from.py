"""yield from delegation: send/throw/close forwarded to the subgenerator, non-generator iterables, subiterator without send/throw."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

def sub():
    print("sub start")
    try:
        x = yield "s1"
        print("sub got", repr(x))
        y = yield "s2"
        print("sub got", repr(y))
    except KeyError as e:
        print("sub handled", repr(e))
        yield "s-after-throw"
    finally:
        print("sub finally")
    return "sub result"

def outer():
    r = yield from sub()
    print("outer got result", repr(r))
    yield "o-end"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
check(lambda: next(g))

g = outer()
next(g)
print(g.throw(KeyError("k")))
print(next(g))
check(lambda: next(g))

g = outer()
next(g)
g.close()
print("closed; frame:", g.gi_frame)

# delegating to a list and to a custom iterator without send/throw
def over_list():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
print(list(over_list()))

class PlainIter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("plain result")
        return self.n
def over_plain():
    r = yield from PlainIter()
    yield ("result", r)
g = over_plain()
print(next(g))
check(lambda: g.send("value"))
print(list(over_plain()))
g = over_plain(); next(g)
check(lambda: g.throw(ValueError("no throw method")))
g = over_plain(); next(g)
print(g.close())

def over_int():
    yield from 5
check(lambda: list(over_int()))

# subgenerator ignoring GeneratorExit while delegating
def stubborn():
    while True:
        try:
            yield "stubborn"
        except GeneratorExit:
            print("stubborn caught exit")
            raise
def deleg():
    yield from stubborn()
g = deleg(); next(g); g.close()

# gi_yieldfrom shows the current delegate
def chain():
    yield from sub()
g = chain()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_running)
g.close()
