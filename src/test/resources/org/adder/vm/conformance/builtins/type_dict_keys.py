"""type.__dict__ keys of builtin types (insertion order and sorted), which slots each type defines itself, and mappingproxy behaviour (read-only, views, copy, errors)."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for t in [int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, object, type, memoryview,
          type(None), BaseException, Exception, ValueError, StopIteration, KeyError]:
    print(t.__name__, sorted(t.__dict__))
mp = int.__dict__
print(type(mp).__name__, "bit_length" in mp, len(mp) == len(list(mp)), type(mp.copy()).__name__, mp.get("nope", "dflt"))
check(lambda: mp.__setitem__("x", 1))
check(lambda: mp["nope"])
check(lambda: setattr(int, "x", 1))
check(lambda: sorted(mp | {})[:5])
check(lambda: type(mp | {}).__name__)
check(lambda: type({} | mp).__name__)
check(lambda: type(mp.keys()).__name__)
check(lambda: type(mp)({"a": 1}))
check(lambda: type(mp)([1]))
check(lambda: repr(type(mp)({"a": 1})))
check(lambda: list(reversed(type(mp)({"a": 1, "b": 2}))))
class User:
    a = 1
    def m(self):
        pass
print(list(User.__dict__))
