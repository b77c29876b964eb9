"""print() of many object types at once: str() of containers uses repr of elements, floats and special values, nested quotes, bytes, sets, custom __str__/__repr__, sep/end combinations, and very long lines."""
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
print(A(), [A()], (A(),), {"k": A()}, {1, 2})
print(1, 1.0, -0.0, 1e100, 1j, True, None, ..., NotImplemented, b"b", bytearray(b"ba"), "s", ["s"], ('t',), {"d": "v"})
print("it's", ["it's"], ['"q"'], ["'\""], "\u00e9", ["\u00e9"], ["\n"], "tab\there")
print(float("nan"), [float("inf")], -float("inf"), 10**20, 2**-30, 1 / 3, [0.1 + 0.2])
print(range(3), slice(2), frozenset(), set(), {}, [], (), "")
print("x" * 200)
print(*[i * i for i in range(30)])
print("a", "b", sep="", end="")
print("c", end="\n\n")
print("end", sep="ignored")
print(sep="S", end="E\n")
