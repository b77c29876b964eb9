"""Structural pattern matching: literals, captures, sequences, mappings, classes, guards, or."""
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def describe(subject):
    match subject:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return "negative"
        case str() as s if s.startswith("#"):
            return "comment"
        case [x, y, *rest]:
            return f"seq {x},{y} +{len(rest)}"
        case {"type": "user", "name": name, **others}:
            return f"user {name} {sorted(others)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "point"
        case None:
            return "none"
        case _:
            return f"other {subject!r}"


for s in [1, -5, "#x", "plain", [1, 2, 3, 4], (9, 8), {"type": "user", "name": "ann", "id": 3},
          Point(0, 0), Point(2, 2), Point(1, 2), None, 3.5]:
    print(describe(s))
