"""Mapping patterns in detail: defaultdict-like subclasses, key lookups via get-free protocol, **rest copies, mappings with non-string keys, match on dict views."""

log = []
class CountingDict(dict):
    def __getitem__(self, k):
        log.append(f"__getitem__ {k!r}")
        return super().__getitem__(k)
    def get(self, k, d=None):
        log.append(f"get {k!r}")
        return super().get(k, d)
    def __contains__(self, k):
        log.append(f"__contains__ {k!r}")
        return super().__contains__(k)

cd = CountingDict(a=1, b=2, c=3)
match cd:
    case {"a": 1, "b": x, **rest}:
        print("matched", x, rest, type(rest).__name__, rest is cd)
print(log); log.clear()

match {1: "one", (2, 3): "tuple", None: "none", 4.5: "float"}:
    case {1: a, None: b, 4.5: c}:
        print(a, b, c)
match {"x": {"y": {"z": [1, 2]}}}:
    case {"x": {"y": {"z": [_, last]}}}:
        print("deep last", last)
match {}:
    case {**rest}:
        print("empty rest", rest)
match {"a": 1}.items():
    case {"a": 1}:
        print("never: views are not mappings")
    case _:
        print("dict_items is not a mapping")
match {"a": 1}.keys():
    case [*ks]:
        print("never: keys view is not a sequence")
    case _:
        print("dict_keys is neither mapping nor sequence for match")
class Missing(dict):
    def __missing__(self, key):
        log.append(f"__missing__ {key!r}")
        return 0
match Missing(a=1):
    case {"a": 1, "zz": 0}:
        print("never")
    case {"a": 1}:
        print("missing keys fail even with __missing__", log)
