"""type.__subclasses__() order and contents, dynamic class hierarchies, __mro__ of deep chains, class-level registries."""

class Root:
    pass
class A(Root): pass
class B(Root): pass
class C(A): pass
class D(A, B): pass
print([c.__name__ for c in Root.__subclasses__()])
print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in B.__subclasses__()], C.__subclasses__())

def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out
print(all_subclasses(Root))

made = [type(f"Gen{i}", (Root,), {"i": i}) for i in range(3)]
print([c.__name__ for c in Root.__subclasses__()])
print([c.i for c in made])

class Chain0: pass
prev = Chain0
for i in range(1, 20):
    prev = type(f"Chain{i}", (prev,), {})
print(len(prev.__mro__), prev.__mro__[1].__name__, prev.__mro__[-2].__name__)

class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key:
            Plugin.registry[key] = cls
class Csv(Plugin, key="csv"): pass
class Json(Plugin, key="json"): pass
class Internal(Plugin): pass
print({k: v.__name__ for k, v in Plugin.registry.items()})
print(sorted(c.__name__ for c in Plugin.__subclasses__()))
print([c.__name__ for c in bool.__subclasses__()])
print("bool" in [c.__name__ for c in int.__subclasses__()])
