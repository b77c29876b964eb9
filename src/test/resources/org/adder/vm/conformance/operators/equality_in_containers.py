"""== used by container methods: list.index/count/remove/in, dict lookups (hash then eq), identity shortcut, __eq__ calls traced with NotImplemented."""

log = []
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        log.append(f"E({self.v}) == {other!r}")
        if not isinstance(other, E):
            return NotImplemented
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self): return f"E({self.v})"

items = [E(1), E(2), E(3)]
print(items.index(E(2)), log); log.clear()
print(items.count(E(3)), log); log.clear()
print(E(9) in items, log); log.clear()
items.remove(E(1))
print(items, log); log.clear()
try:
    items.remove(E(7))
except ValueError as e:
    print("ValueError:", e)
log.clear()
print(items.index(items[1]), log); log.clear()
print(2 in items, log); log.clear()
d = {E(1): "one"}
print(d[E(1)], log); log.clear()
print(d.get(E(2)), log); log.clear()
print((E(5), 1) == (E(5), 1), log); log.clear()
print([E(1)] == [E(2)], log); log.clear()
print({E(1)} == {E(1)}, log); log.clear()
print(E(1) == 1, 1 == E(1), log); log.clear()
for call in (lambda: [1, 2].index(3), lambda: (1,).index(2), lambda: "abc".index("z"), lambda: [].remove(0), lambda: (1, 2).index(1, 1)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print([1, 2, 1].index(1, 1), (0, 1, 0).count(0), "aaa".count("a"), [[]].count([]), [1.0, 1, True].count(1))
