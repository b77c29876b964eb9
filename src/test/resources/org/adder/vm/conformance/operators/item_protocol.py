"""__getitem__/__setitem__/__delitem__ key forms: ints, negative ints (no automatic adjustment), slices, tuples, Ellipsis; __len__ interplay."""

log = []
class Grid:
    def __len__(self):
        log.append("__len__")
        return 3
    def __getitem__(self, key):
        log.append(f"get {key!r}")
        if isinstance(key, int) and not -3 <= key < 3:
            raise IndexError("grid index out of range")
        return key
    def __setitem__(self, key, value):
        log.append(f"set {key!r}={value!r}")
    def __delitem__(self, key):
        log.append(f"del {key!r}")

g = Grid()
print(g[0], g[-1], g[1:2], g[::2], g[1, 2], g[..., 0], g[1:2, ::3], g[()], g[:, None], g["k"])
print(log); log.clear()
g[0] = "a"; g[-1:] = [1]; g[1, 2] = 3; g[...] = None
del g[0], g[::-1], g[0, 0]
print(log); log.clear()
print(list(g), log); log.clear()
print(2 in g, log); log.clear()
print(list(reversed(g)), log); log.clear()

class ReadOnly:
    def __getitem__(self, k): return k
r = ReadOnly()
for stmt in ("r[0] = 1", "del r[0]", "r[0] += 1"):
    try:
        exec(stmt)
    except TypeError as e:
        print("TypeError:", e)
class WriteOnly:
    def __setitem__(self, k, v): pass
w = WriteOnly()
try:
    w[0]
except TypeError as e:
    print("TypeError:", e)
try:
    w[0] += 1
except TypeError as e:
    print("TypeError:", e)
# __class_getitem__ is not used for instances; __getitem__ on the class is not used for Class[...]
class Both:
    def __getitem__(self, k): return ("instance", k)
    def __class_getitem__(cls, k): return ("class", k)
print(Both()[1], Both[1])
# builtin negative index handling vs custom
print([1, 2, 3][-1], (1, 2, 3)[-3], "abc"[-2], range(5)[-1], b"xyz"[-1])
try:
    [1, 2, 3][-4]
except IndexError as e:
    print("IndexError:", e)
for seq in ((1,), "s", range(1), b"b", bytearray(b"b")):
    try:
        seq[5]
    except IndexError as e:
        print("IndexError:", e)
