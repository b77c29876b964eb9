"""TypeAliasType introspection without typing: __name__/__qualname__/__module__, generic alias substitution, unions with None, reprs, pickling-free reduce, nested aliases."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

type Inner = list[int]
type Outer = dict[str, Inner]
type Gen[K, V] = dict[K, list[V]]
print(Outer.__value__, Outer.__value__.__args__[1] is Inner, Inner.__value__)
print(Gen.__type_params__, Gen[str, int], Gen[str, int].__args__, Gen[str, int].__parameters__)
print(Gen[str, int].__origin__ is Gen, Gen.__value__.__parameters__)
check(lambda: Gen[int])
check(lambda: Gen[int, str, bytes])
check(lambda: Inner[int])
print(Inner | None, type(Inner | None).__name__, (Inner | None).__args__)
print(Inner.__name__, getattr(Inner, "__qualname__", "no qualname"), Inner.__module__)
check(lambda: Inner.__reduce__())
check(lambda: setattr(Inner, "__name__", "x"))
check(lambda: delattr(Inner, "__value__"))
print(repr(Gen), str(Gen), f"{Outer}")
print(callable(Inner), isinstance(Inner, type), type(Inner).__name__)
check(lambda: iter(Inner))
check(lambda: type(Inner)("X", int, type_params=()).__type_params__)
