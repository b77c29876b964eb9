"""Builtins getattr (with default), setattr, delattr, hasattr: instances, classes, builtins, __getattr__/__getattribute__ fallbacks, non-str names, and every error message."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class P:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
class G:
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("no"):
            raise AttributeError(f"custom no {name}")
        return name.upper()
class GA:
    def __getattribute__(self, name):
        print("__getattribute__", name)
        if name == "boom":
            raise ValueError("boom!")
        return object.__getattribute__(self, name)
p = P()
check(lambda: getattr(p, "x"))
check(lambda: getattr(p, "cls_attr"))
check(lambda: getattr(p, "missing"))
check(lambda: getattr(p, "missing", "dflt"))
check(lambda: getattr(p, "missing", None))
check(lambda: getattr(P, "x"))
check(lambda: getattr(p, 5))
check(lambda: getattr(p, 5, "d"))
check(lambda: getattr(p))
check(lambda: getattr(p, "x", 1, 2))
check(lambda: getattr(1, "real"))
check(lambda: getattr(1, "nope"))
check(lambda: getattr(None, "x"))
check(lambda: getattr(str, "nope"))
check(lambda: getattr(G(), "hello"))
check(lambda: getattr(G(), "nothing"))
check(lambda: getattr(G(), "nothing", "default-used"))
check(lambda: hasattr(G(), "nothing"))
check(lambda: getattr(GA(), "boom", "not used"))
check(lambda: hasattr(GA(), "boom"))
check(lambda: hasattr(GA(), "absent"))
check(lambda: hasattr(p, "x"))
check(lambda: hasattr(p, 1))
check(lambda: setattr(p, "y", 2) or p.y)
check(lambda: setattr(p, 1, 2))
check(lambda: setattr(1, "real", 2))
check(lambda: setattr(1, "new", 2))
check(lambda: setattr(object(), "a", 1))
check(lambda: setattr(str, "new", 1))
check(lambda: setattr(P, "new", 1) or P.new)
check(lambda: delattr(p, "y") or hasattr(p, "y"))
check(lambda: delattr(p, "y"))
check(lambda: delattr(p, "cls_attr"))
check(lambda: delattr(P, "cls_attr") or hasattr(p, "cls_attr"))
check(lambda: delattr(1, "real"))
check(lambda: delattr(p, 5))
check(lambda: delattr(int, "bit_length"))
check(lambda: setattr(p, "x"))
check(lambda: getattr(p, "__dict__"))
check(lambda: setattr(p, "__dict__", {"z": 26}) or p.z)
check(lambda: setattr(p, "__dict__", 5))
check(lambda: setattr(p, "__class__", G) or type(p).__name__)
check(lambda: setattr(p, "__class__", int))
class S(str):
    pass
check(lambda: getattr(p, S("z")))
check(lambda: setattr(p, "", 1) or getattr(p, ""))
check(lambda: vars(p))
