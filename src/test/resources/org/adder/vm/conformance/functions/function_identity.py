"""Functions as objects: equality and hashing by identity, use as dict keys, sorting by key functions, functions in containers, repr pieces."""

def a(): return "a"
def b(): return "b"
alias = a
print(a == alias, a == b, a is alias, hash(a) == hash(alias))
registry = {a: "first", b: "second"}
print(registry[alias], len({a, b, alias}))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(sorted([b, a], key=lambda f: f.__name__)[0]())
dispatch = {"x": a, "y": b}
print([dispatch[k]() for k in "xyyx"])

# two identical lambdas are different objects with equal code attributes
l1 = lambda: 0
l2 = lambda: 0
print(l1 == l2, l1.__code__ == l2.__code__, l1.__code__ is l2.__code__)

# functions defined in a loop are distinct each time
fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print(len(set(fs)), [g() for g in fs], fs[0].__code__ is fs[1].__code__)

# bound methods compare by __self__ and __func__, not identity
class K:
    def m(self): pass
k = K()
print(k.m is k.m, k.m == k.m, hash(k.m) == hash(k.m), {k.m: 1}[k.m])

# builtin functions
print(len == len, len is len, hash(len) == hash(len), print != len, type(len).__name__)
print(repr(len), repr(print), repr(max))
print(str(a).startswith("<function a at 0x"), repr(K.m).startswith("<function K.m at 0x"))
