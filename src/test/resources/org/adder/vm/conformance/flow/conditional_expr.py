"""Conditional expressions: only the chosen branch is evaluated, nesting associates right, precedence with lambda/or."""

log = []
def f(x):
    log.append(x)
    return x

print(f("yes") if f(True) else f("no"), log)
log.clear()
print(f("yes") if f(0) else f("no"), log)
log.clear()

def classify(n):
    return "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"
print([classify(n) for n in (-5, 0, 3, 10, 10**30)])

# precedence: or binds tighter than if-else; lambda body includes the whole conditional
x = 0
print(x or 5 if x else 7)
g = lambda y: y if y else "empty"
print(g(""), g("full"))
print((1 if False else 2) + 10, 1 if False else 2 + 10)

# conditional in comprehension filters vs expressions
print([i if i % 2 else -i for i in range(6)])
print([i for i in range(10) if i % 3 == 0 if i])

# conditional result truthiness: __bool__ called exactly once
class C:
    def __bool__(self):
        log.append("bool")
        return False
log.clear()
print("A" if C() else "B", log)

# an error in the condition propagates; the branches are not evaluated
def boom():
    raise ValueError("condition failed")
try:
    print(f("never") if boom() else f("never2"))
except ValueError as e:
    print("ValueError:", e, log)

# nested conditional with walrus in the condition
data = [3, 0, -2]
out = []
for d in data:
    out.append((sq := d * d) if d else "zero")
print(out, sq)
