"""Augmented assignment on builtin subclasses: inherited __iadd__ keeps the subclass for lists, rebinding loses it for immutables; overridden dunders traced."""

class L(list):
    pass
class T(tuple):
    pass
class S(str):
    pass
class I(int):
    pass
class St(set):
    pass
class D(dict):
    pass

l = L([1]); l += [2]; print(type(l).__name__, l)
l = L([1]); l *= 2; print(type(l).__name__, l)
t = T((1,)); t += (2,); print(type(t).__name__, t)
s = S("a"); s += "b"; print(type(s).__name__, s)
i = I(1); i += 1; print(type(i).__name__, i)
st = St({1}); st |= {2}; st -= {1}; print(type(st).__name__, st)
d = D(a=1); d |= {"b": 2}; print(type(d).__name__, d)

log = []
class Traced(list):
    def __iadd__(self, other):
        log.append(f"__iadd__({other!r})")
        return super().__iadd__(other)
    def __add__(self, other):
        log.append(f"__add__({other!r})")
        return Traced(super().__add__(other))
    def __radd__(self, other):
        log.append(f"__radd__({other!r})")
        return Traced(list(other) + list(self))
x = Traced([1])
x += [2]
y = x + [3]
z = [0] + x
print(type(x).__name__, x, type(y).__name__, y, type(z).__name__, z, log)

# __iadd__ returning something else rebinds the name to that value
class Weird(list):
    def __iadd__(self, other):
        return "replaced"
w = Weird()
alias = w
w += [1]
print(w, alias, type(alias).__name__)
# __iadd__ returning None rebinds to None
class ReturnsNone(list):
    def __iadd__(self, other):
        super().__iadd__(other)
l2 = ReturnsNone([1])
l2 += [2]
print(l2)
