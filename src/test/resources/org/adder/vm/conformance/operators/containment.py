"""in / not in: __contains__ first, then __iter__, then __getitem__ iteration; result coerced to bool; identity shortcut in builtins."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

log = []
class WithContains:
    def __contains__(self, x):
        log.append(f"__contains__({x!r})")
        return x == 1
    def __iter__(self):
        log.append("__iter__ never")
        return iter([])
print(1 in WithContains(), 2 not in WithContains(), log); log.clear()

class ContainsReturnsValue:
    def __contains__(self, x):
        return "non-empty"
print(1 in ContainsReturnsValue(), 1 not in ContainsReturnsValue())
class ContainsReturnsEmpty:
    def __contains__(self, x):
        return []
print(1 in ContainsReturnsEmpty())

class WithIter:
    def __iter__(self):
        for v in (1, 2, 3):
            log.append(f"yield {v}")
            yield v
print(2 in WithIter(), log); log.clear()
print(9 in WithIter(), log); log.clear()

class WithGetitem:
    def __getitem__(self, i):
        log.append(f"getitem {i}")
        if i > 2:
            raise IndexError
        return i * 10
print(20 in WithGetitem(), log); log.clear()
print(99 in WithGetitem(), log); log.clear()

class Neither:
    pass
check(lambda: 1 in Neither())
check(lambda: 1 in 5)
check(lambda: 1 in None)
check(lambda: [] in {1: 2})
check(lambda: [] in {1})
check(lambda: 1 in "abc")
check(lambda: b"a" in "abc")
check(lambda: "a" in b"abc")
check(lambda: 300 in b"abc")
print(97 in b"abc", b"bc" in b"abc", "" in "abc", "" in "", [] in [[]], (1,) in [(1,)])

class ContainsNone:
    __contains__ = None
check(lambda: 1 in ContainsNone())

# identity checked before equality in builtin containers
class NeverEqual:
    def __eq__(self, o):
        log.append("__eq__")
        return False
    __hash__ = object.__hash__
ne = NeverEqual()
print(ne in [ne], ne in (ne,), ne in {ne}, ne in {ne: 1}, log); log.clear()
print(NeverEqual() in [ne, ne], log); log.clear()
nan = float("nan")
print(nan in [nan], float("nan") in [nan])

# __contains__ raising propagates; the iterator fallback propagates errors too
class Raises:
    def __contains__(self, x):
        raise KeyError("contains failed")
check(lambda: 1 in Raises())
def gen():
    yield 1
    raise ValueError("iteration failed")
check(lambda: 5 in gen())
check(lambda: 1 in gen())
print(3 in range(10), 3.0 in range(10), 3.5 in range(10), "3" in range(10), 10**30 in range(10**31))
print(1 in {1: 2}.values(), (1, 2) in {1: 2}.items(), (1, 3) in {1: 2}.items(), 1 in {1: 2}.keys())
