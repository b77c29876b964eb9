"""Default values are evaluated once at definition time: mutable default sharing, __defaults__ mutation, late changes."""

log = []
def make(x):
    log.append(x)
    return x

def f(a=make("a default"), *, k=make("k default")):
    return a, k
print(log)
f(); f()
print(log)

def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))

# rebinding __defaults__ and __kwdefaults__ changes later calls
def g(a, b=1, *, c=2):
    return a, b, c
print(g(0))
g.__defaults__ = (100,)
g.__kwdefaults__ = {"c": 200}
print(g(0), g.__defaults__, g.__kwdefaults__)
g.__defaults__ = None
try:
    g(0)
except TypeError as e:
    print("TypeError:", e)
g.__kwdefaults__ = None
try:
    g(0, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    g.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    g.__kwdefaults__ = [1]
except TypeError as e:
    print("TypeError:", e)

# default referencing an outer variable captures the value then
x = 10
def h(v=x):
    return v
x = 20
print(h())

# defaults in a loop of lambdas: classic late-binding fix
fs = [lambda i=i: i * 2 for i in range(4)]
print([fn() for fn in fs])
fs2 = [lambda: i * 2 for i in range(4)]
print([fn() for fn in fs2])

# defaults for methods evaluated at class-body time
class C:
    base = 5
    def m(self, v=base * 2):
        return v
print(C().m(), C.m.__defaults__)
