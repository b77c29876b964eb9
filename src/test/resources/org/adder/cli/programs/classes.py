"""Classes: inheritance, super(), properties, class and static methods, dunders, dataclasses, slots."""
from dataclasses import dataclass, field


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @property
    def square(self):
        return self.w == self.h

    @classmethod
    def unit(cls):
        return cls(1, 1)

    @staticmethod
    def describe():
        return "four sides"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)


shapes = sorted([Rect(2, 3), Circle(1), Rect.unit()])
print(shapes, Shape.count)
print([s.square for s in shapes if isinstance(s, Rect)], Rect.describe())
print(Point(1, 2) < Point(1, 3), Point(5), sorted([Point(2), Point(1, 9)]))
print(Rect.__mro__[1].__name__, hasattr(Rect(1, 2), "__dict__"))
