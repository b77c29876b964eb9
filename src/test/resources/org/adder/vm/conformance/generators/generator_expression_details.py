"""Generator expression objects: send/throw/close work on them, gi_code names, single-use, error in the first iterator at creation vs in the body lazily."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

ge = (x * 2 for x in range(3))
print(next(ge), ge.send(None))
check(lambda: ge.send("ignored"))
check(lambda: ge.throw(KeyError("into genexp")))
check(lambda: next(ge))
ge2 = (x for x in range(3))
ge2.close()
check(lambda: next(ge2))
ge3 = (1 / x for x in [1, 0, 2])
check(lambda: next(ge3))
check(lambda: next(ge3))
check(lambda: next(ge3))
print(ge3.gi_code.co_name, ge3.gi_code.co_argcount, ge3.gi_code.co_varnames, ge3.gi_frame)
log = []
def source():
    log.append("source iter created")
    return iter([1, 2])
g = (x for x in source())
print(log)
nested = ((x, y) for x in range(2) for y in (log.append(f"inner for x={x}") or range(2)))
print(log)
print(list(nested), log)
print(sum(x for x in range(101)), max((x for x in "hello"), default=None), max((x for x in ""), default="empty"))
print(type((x for x in [])).__name__, (x for x in []).__class__ is type((lambda: (yield))()))
