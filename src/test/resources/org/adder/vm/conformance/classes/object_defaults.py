"""Default methods inherited from object: __eq__/__ne__ NotImplemented, comparison defaults, __str__→__repr__, __format__, __hash__, __dir__, __init_subclass__, __subclasshook__."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class P:
    def __repr__(self): return "P()"
p, q = P(), P()
check(lambda: (p.__eq__(p), p.__eq__(q), p.__ne__(q), p.__ne__(p)))
check(lambda: (p.__lt__(q), p.__le__(q), p.__gt__(q), p.__ge__(q)))
check(lambda: (p == p, p == q, p != q))
check(lambda: p < q)
check(lambda: (str(p), format(p), f"{p}", p.__str__()))
check(lambda: format(p, "x"))
check(lambda: object.__format__(p, ""))
check(lambda: type(p.__hash__()).__name__)
check(lambda: P.__init_subclass__())
check(lambda: P.__subclasshook__(int))
check(lambda: object.__subclasshook__())
check(lambda: sorted(set(dir(p)) - set(dir(object))))
check(lambda: [n for n in dir(object) if not n.startswith("__")])
check(lambda: len(dir(object)) > 20)
check(lambda: P.__dir__(p) is not None)
class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
check(lambda: dir(CustomDir()))
class BadDir:
    def __dir__(self):
        return 5
check(lambda: dir(BadDir()))
check(lambda: object.__eq__(1, 1))
check(lambda: object.__eq__(p, p))
check(lambda: object.__ne__(p, 1))
check(lambda: object().__reduce_ex__(0) is not None)
check(lambda: object.__getattribute__(p, "__class__").__name__)
check(lambda: object.__repr__(p).startswith("<__main__.P object at 0x"))
check(lambda: object.__str__(p))
check(lambda: object.__class__)
check(lambda: P.__bases__ == (object,) and P.__base__ is object)
check(lambda: object.__new__(P).__class__.__name__)
check(lambda: object.__init__(p))
