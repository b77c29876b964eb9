"""Class patterns with inheritance: subclass instances match base patterns, inherited and overridden __match_args__, keyword patterns on properties and missing attributes."""

class Animal:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
class Dog(Animal):
    __match_args__ = ("name", "breed")
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
class Cat(Animal):
    @property
    def sound(self):
        return "meow"

def describe(a):
    match a:
        case Dog(n, "lab"):
            return f"{n} the labrador"
        case Dog(n, b):
            return f"{n} the {b}"
        case Cat(n, sound=s):
            return f"{n} says {s}"
        case Animal(n):
            return f"some animal {n}"
        case _:
            return "not an animal"
for a in (Dog("rex", "lab"), Dog("fido", "pug"), Cat("tom"), Animal("gen"), "rock"):
    print(describe(a))

match Cat("kit"):
    case Animal(breed=b):
        print("never: Cat has no breed")
    case Animal(name="kit", sound="meow"):
        print("keyword patterns may use attributes only the subclass has")

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    pass
match Point3(1, 2):
    case Point(1, y):
        print("inherited __match_args__, y =", y)

class Lazy:
    __match_args__ = ("value",)
    def __getattr__(self, name):
        return f"computed {name}"
match Lazy():
    case Lazy(v):
        print("via __getattr__:", v)

class Raises:
    __match_args__ = ("bad",)
    @property
    def bad(self):
        raise KeyError("property failed")
try:
    match Raises():
        case Raises(1):
            pass
except KeyError as e:
    print("KeyError propagates from attribute lookup:", e)
class RaisesAttr:
    __match_args__ = ("bad",)
    @property
    def bad(self):
        raise AttributeError("missing")
match RaisesAttr():
    case RaisesAttr(1):
        print("never")
    case _:
        print("AttributeError just fails the match")
