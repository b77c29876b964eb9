"""__length_hint__ of builtin iterators as they advance, and how list() uses a user __length_hint__ or __len__ (errors from bad hints)."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for it in [iter([1, 2, 3]), iter((1, 2)), iter("abc"), iter(range(5)), iter({1: 2, 3: 4}), iter({1, 2}), reversed([1, 2, 3]),
           iter(b"ab"), iter(bytearray(b"xyz")), iter({"a": 1}.items())]:
    hints = [it.__length_hint__()]
    for _ in it:
        hints.append(it.__length_hint__())
    print(type(it).__name__, hints)
for it in [map(str, [1]), filter(None, [1]), zip([1], [2]), enumerate([1])]:
    print(type(it).__name__, hasattr(it, "__length_hint__"))
class Hinted:
    def __init__(self, hint):
        self.hint = hint
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i
    def __length_hint__(self):
        print("__length_hint__ called")
        return self.hint
check(lambda: list(Hinted(100)))
check(lambda: list(Hinted(NotImplemented)))
check(lambda: list(Hinted(-1)))
check(lambda: list(Hinted("x")))
check(lambda: list(Hinted(2**100)))
class WithLen(Hinted):
    def __len__(self):
        print("__len__ called")
        return 3
check(lambda: list(WithLen(0)))
check(lambda: bytes(Hinted(1)))
check(lambda: tuple(Hinted(0)))
