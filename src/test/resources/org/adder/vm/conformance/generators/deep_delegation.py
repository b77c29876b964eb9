"""Three-level yield from chains: throw and close travel to the innermost generator; exceptions transform on the way out; return values flow up."""

log = []
def leaf():
    try:
        x = yield "leaf-1"
        log.append(f"leaf got {x!r}")
        yield "leaf-2"
    except ValueError as e:
        log.append(f"leaf caught {e}")
        raise KeyError("transformed by leaf") from e
    finally:
        log.append("leaf finally")
    return "leaf-result"

def middle():
    try:
        r = yield from leaf()
        log.append(f"middle got {r!r}")
    except KeyError as e:
        log.append(f"middle caught {e!r} cause {e.__cause__!r}")
        yield "middle-recovered"
    finally:
        log.append("middle finally")
    return "middle-result"

def top():
    r = yield from middle()
    log.append(f"top got {r!r}")
    return "top-result"

g = top()
print(next(g), g.send("S"), log); log.clear()
try:
    next(g)
except StopIteration as e:
    print("finished:", e.value, log); log.clear()

g = top()
next(g)
print(g.throw(ValueError("boom")), log); log.clear()
try:
    next(g)
except StopIteration as e:
    print("finished:", e.value, log); log.clear()

g = top()
next(g)
g.close()
print("closed:", log, g.gi_frame); log.clear()

g = top()
next(g)
try:
    g.throw(TypeError("not handled anywhere"))
except TypeError as e:
    print("escaped:", e, log); log.clear()

# gi_yieldfrom chain while suspended
g = top()
next(g)
chain = []
cur = g
while cur is not None:
    chain.append(cur.gi_code.co_name)
    cur = cur.gi_yieldfrom
print(chain)
g.close()
