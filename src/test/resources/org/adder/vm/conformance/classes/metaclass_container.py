"""Metaclass special methods operating on classes: __iter__, __len__, __contains__, __getitem__, __repr__, __call__ caching, __bool__ of classes."""

class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = members
        return cls
    def __iter__(cls):
        return iter(cls._members.items())
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, value):
        return value in cls._members.values()
    def __getitem__(cls, name):
        return cls._members[name]
    def __repr__(cls):
        return f"<enum {cls.__name__}: {', '.join(cls._members)}>"
    def __bool__(cls):
        return bool(cls._members)

class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return "method is not a member"
class Empty(metaclass=EnumMeta):
    pass

print(list(Color), len(Color), 2 in Color, 5 in Color, Color["GREEN"], repr(Color), Color)
print(bool(Color), bool(Empty), "yes" if Empty else "no", len(Empty), list(Empty))
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(dict(Color)), max(Color, key=lambda kv: kv[1]))
print(str(Color), f"{Color!r}", [Color])
print(type(Color).__name__, isinstance(Color, EnumMeta), Color.describe(Color()))
# instances do not get the metaclass behaviour
c = Color()
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
