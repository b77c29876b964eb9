"""Uncaught TypeError "unhashable type" when a user class defining __eq__ is used as a dict key, after successful uses of hashable keys."""

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

class HashablePoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))

seen = {HashablePoint(1, 2): "a"}
print(seen[HashablePoint(1, 2)], Point(1, 2) == HashablePoint(1, 2))
print(Point.__hash__, HashablePoint.__hash__ is not None)
seen[Point(3, 4)] = "b"
