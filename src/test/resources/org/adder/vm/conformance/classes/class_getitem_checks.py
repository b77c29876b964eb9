"""__class_getitem__, __instancecheck__/__subclasscheck__ on metaclasses, isinstance/issubclass with tuples, unions and errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}] from {cls.__name__}"
class SubBox(Box):
    pass
print(Box[int], SubBox[1, 2], Box["x"])
print(type(Box.__dict__["__class_getitem__"]).__name__)
check(lambda: Box()[0])
class NoGeneric:
    pass
check(lambda: NoGeneric[int])
print(list[int], dict[str, list[int]], tuple[()], type(list[int]).__name__)
print(list[int] == list[int], list[int].__origin__, list[int].__args__)

class EvenMeta(type):
    def __instancecheck__(cls, obj):
        print("__instancecheck__", cls.__name__, repr(obj))
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", cls.__name__, sub.__name__)
        return sub is bool
class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even))
print(issubclass(bool, Even), issubclass(int, Even))
# exact type match short-circuits __instancecheck__
print(isinstance(Even(), Even))
print(isinstance(4, (str, Even)), issubclass(bool, (Even, str)))

print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | float))
check(lambda: isinstance(1, 1))
check(lambda: isinstance(1, (int, 1)))
check(lambda: issubclass(1, int))
check(lambda: issubclass(int, 1))
check(lambda: isinstance(1, list[int]))
check(lambda: issubclass(list, list[int]))
print(isinstance(True, int), issubclass(bool, object), isinstance(int, type), isinstance(type, object))
print(isinstance(1, ()), issubclass(int, ((str,), (int,))))

# __subclasscheck__ returning a non-bool is converted
class Truthy(type):
    def __subclasscheck__(cls, sub):
        return "yes"
    def __instancecheck__(cls, obj):
        return []
class T(metaclass=Truthy):
    pass
print(issubclass(int, T), isinstance(1, T))
