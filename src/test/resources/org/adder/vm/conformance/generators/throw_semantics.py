"""Generator throw() details: exception types vs instances, traceback argument, throw into finished generators, value returned by the next yield."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e), "| tb frames:", count_tb(e.__traceback__))
    else:
        print(repr(r))

def count_tb(tb):
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    return n

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"caught {e!r}"

c = catcher()
next(c)
check(lambda: c.throw(ValueError("instance")))
check(lambda: next(c))
check(lambda: c.throw(ValueError))
next(c)
check(lambda: c.throw(TypeError("not caught")))
check(lambda: c.throw(ValueError("after death")))

def plain():
    yield 1
p = plain()
list(p)
check(lambda: p.throw(KeyError("finished")))

# an exception instance that already has a traceback keeps it and gains the generator frame
def with_tb():
    yield
w = with_tb()
next(w)
try:
    raise IndexError("with traceback")
except IndexError as err:
    prepared = err
check(lambda: w.throw(prepared))
check(lambda: plain().throw(5))
check(lambda: plain().throw(object))
