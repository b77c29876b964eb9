"""Imports, globals, __name__, annotations, type parameters (PEP 695), assert, del, while/else."""
from collections import Counter, namedtuple
import itertools as it
import math

Pair = namedtuple("Pair", "left right")


def first[T](items: list[T]) -> T:
    return items[0]


type Matrix = list[list[float]]


class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


print(first([3, 4]), Matrix.__value__, Stack.__type_params__, first.__annotations__)
print(Counter("abracadabra").most_common(2), Pair(1, 2)._replace(right=5))
print(list(it.islice(it.count(10, 5), 4)), math.gcd(84, 36), math.isclose(0.1 * 3, 0.3))
i = 0
while i < 5:
    i += 1
    if i == 10:
        break
else:
    print("no break", i)
value = 3
del value
try:
    print(value)
except NameError as e:
    print(e)
try:
    assert i == 4, f"i is {i}"
except AssertionError as e:
    print("assert:", e)
if __name__ == "__main__":
    print("main module", __name__)
