"""__hash__ rules: __eq__ without __hash__ makes instances unhashable, inheritance of __hash__ = None, explicit restoring, hash() result conversions."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
check(lambda: hash(EqOnly()))
check(lambda: {EqOnly()})
check(lambda: {EqOnly(): 1})
check(lambda: EqOnly() in {1, 2})
check(lambda: EqOnly() in {1: 2})
check(lambda: {1: 2}.get(EqOnly()))

class Restored(EqOnly):
    __hash__ = object.__hash__
check(lambda: isinstance(hash(Restored()), int))

class ChildOfEq(EqOnly):
    pass
check(lambda: hash(ChildOfEq()))

class HashOnly:
    def __hash__(self): return 42
print(hash(HashOnly()), len({HashOnly(), HashOnly()}))

class EqAndHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, EqAndHash) and self.k == o.k
    def __hash__(self): return hash(self.k)
print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}), {EqAndHash(1): "a"}[EqAndHash(1)])

# hash() return value conversions
class Big:
    def __hash__(self): return 2**100
class Neg1:
    def __hash__(self): return -1
class Float:
    def __hash__(self): return 1.5
class BoolHash:
    def __hash__(self): return True
class IntSub(int): pass
class IntSubHash:
    def __hash__(self): return IntSub(7)
print(hash(Big()), hash(Neg1()), hash(BoolHash()), hash(IntSubHash()))
check(lambda: hash(Float()))
check(lambda: hash([]))
check(lambda: hash({}))
check(lambda: hash(set()))
check(lambda: hash(bytearray()))
check(lambda: hash((1, [2])))
check(lambda: hash(slice(1, 2)))
print(hash(frozenset()) == hash(frozenset()), hash(()) == hash(()), hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30), hash(0.5), hash(-0.0), hash(float("inf")), hash(1e300))
print(hash("") , hash(b""), hash(None) == hash(None), hash(1 + 0j) == hash(1))
# hash(nan) is object-identity based in 3.10+: two different nans differ, same one equal
n = float("nan")
print(hash(n) == hash(n))

# a class with __hash__ = None in the class body but __eq__ inherited
class ExplicitNone:
    __hash__ = None
check(lambda: hash(ExplicitNone()))
check(lambda: {ExplicitNone()})
# subclass of a builtin unhashable type restoring __hash__
class HashList(list):
    def __hash__(self): return len(self)
print(hash(HashList([1, 2, 3])), {HashList(): 0})
