"""Builtins all, any (short-circuit traces, empty iterables, errors) and callable (functions, classes, instances with __call__, builtin methods)."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def gen(vals):
    for v in vals:
        print("yield", v)
        yield v
print(all([]), any([]), all([1, "a", [0]]), any([0, "", None]), all("abc"), any(b"\x00"), all([[]]), any([[], 0.0, 1j]))
print(all(gen([1, 0, 2])))
print(any(gen([0, 3, 4])))
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(all([Truth(True), Truth(False), Truth(True)]), any([Truth(False), Truth(True)]))
check(lambda: all(5))
check(lambda: any(None))
check(lambda: all())
check(lambda: any([1], [2]))
class BadBool:
    def __bool__(self):
        return "yes"
check(lambda: all([BadBool()]))
check(lambda: any([BadBool()]))
class C:
    def __call__(self):
        return 1
class NoCall:
    pass
class M:
    def method(self):
        pass
print(callable(len), callable(print), callable(C), callable(C()), callable(NoCall()), callable(M().method), callable(M.method))
print(callable(lambda: 0), callable(1), callable("s"), callable(str.upper), callable("s".upper), callable(type), callable(None))
print(callable(classmethod(len)), callable(staticmethod(len)), callable(property()), callable(iter([])), callable(object))
check(lambda: callable())
check(lambda: callable(1, 2))
