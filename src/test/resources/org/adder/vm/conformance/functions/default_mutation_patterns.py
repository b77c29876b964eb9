"""Defaults that are shared objects: mutating them across calls, defaults referencing earlier defaults' values, sentinel objects, defaults evaluated in class scope."""

_missing = object()

def memo(n, cache={}):
    if n not in cache:
        cache[n] = n * n
    return cache
memo(2); memo(3)
print(memo(4), memo.__defaults__[0] is memo(5))

def get(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        raise KeyError(key)
    return default
print(get({"a": 1}, "a"), get({}, "b", None), get({}, "c", 0))
try:
    get({}, "z")
except KeyError as e:
    print("KeyError:", e)

counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def create(name, ident=next_id()):
    return name, ident
print(create("a"), create("b"), create("c", next_id()), counter)

class Settings:
    scale = 10
    def apply(self, v, factor=scale * 2, names=["x"]):
        names.append(v)
        return v * factor, names
s = Settings()
print(s.apply(1), s.apply(2))
Settings.scale = 100
print(s.apply(3)[0], Settings.apply.__defaults__[0])

def keyword_defaults(*, opts={"verbose": False}):
    opts.setdefault("calls", 0)
    opts["calls"] += 1
    return dict(opts)
print(keyword_defaults(), keyword_defaults(), keyword_defaults(opts={}))
print(keyword_defaults.__kwdefaults__)
