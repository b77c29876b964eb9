"""AttributeError messages and attributes (name, obj) for instances, classes, modules, builtins, None, with and without slots."""
import sys

def check(f):
    try:
        r = f()
    except AttributeError as e:
        print("AttributeError:", e, "| name =", repr(e.name), "| obj type =", type(e.obj).__name__)
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Point:
    def __init__(self):
        self.x = 1
        self.y = 2
p = Point()
check(lambda: p.z)
check(lambda: Point.z)
check(lambda: None.z)
check(lambda: (1).z)
check(lambda: "s".z)
check(lambda: [].z)
check(lambda: {}.z)
check(lambda: len.z)
check(lambda: int.z)
check(lambda: type.z)
check(lambda: sys.no_such_attr)
check(lambda: (lambda: 0).z)
check(lambda: p.x.z)
check(lambda: object().z)
check(lambda: setattr(object(), "z", 1))
check(lambda: setattr(None, "z", 1))
check(lambda: setattr([], "append", 1))
check(lambda: setattr((1).__class__, "z", 1))
check(lambda: delattr(p, "z"))
check(lambda: delattr(Point, "z"))
check(lambda: getattr(p, "zz"))
check(lambda: getattr(p, "zz", None))

class WithSlots:
    __slots__ = ("a",)
check(lambda: WithSlots().a)
check(lambda: WithSlots().b)
check(lambda: setattr(WithSlots(), "b", 1))

# AttributeError raised by user code keeps whatever name/obj it was given
try:
    raise AttributeError("custom", name="nm", obj=p)
except AttributeError as e:
    print(e, e.name, e.obj is p, e.args)
try:
    raise AttributeError("plain")
except AttributeError as e:
    print(e, e.name, e.obj)
check(lambda: AttributeError(bogus=1))

# hasattr swallows only AttributeError
class Raises:
    @property
    def bad(self):
        raise ValueError("not attribute error")
check(lambda: hasattr(Raises(), "bad"))
