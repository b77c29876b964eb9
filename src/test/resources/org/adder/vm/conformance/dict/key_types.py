"""dict keys of many types: numeric equality merging (1, 1.0, True, 1+0j), -0.0 and 0, nan keys by identity, tuples with equal elements, frozensets, None, types and functions, strings vs bytes."""
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[1 + 0j] = "complex"
print(d, type(list(d)[0]).__name__)
z = {0: "a", -0.0: "b", 0j: "c", False: "d"}
print(z)
nan = float("nan")
n = {nan: 1}
n[nan] = 2
n[float("nan")] = 3
print(len(n), n[nan], list(n.values()))
t = {(1, 2): "t", (1.0, 2.0): "f", (1, (2,)): "nested", (): "empty", frozenset({1, 2}): "fs", frozenset({2, 1}): "fs2"}
print(t)
misc = {None: 0, int: 1, str: 2, len: 3, "b": 4, b"b": 5, ...: 6, range(2): 7, (None,): 8}
print(misc)
print(misc[range(0, 2)], misc[type(1)], misc[b"b"], misc["b"])
big = {2**64: "big", 2**64 + 0.0: "bigf", 10**30: "huge"}
print(big)
s = {"a" * 3: 1, "aaa": 2, "".join(["a", "a", "a"]): 3}
print(s)
