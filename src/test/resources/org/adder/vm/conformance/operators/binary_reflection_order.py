"""Order of __add__/__radd__ calls: left first, subclass on the right first when it overrides the reflected method, NotImplemented fallbacks."""

log = []
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"{type(self).__name__}({self.n})"
    def __add__(self, o):
        log.append(f"{self!r}.__add__({o!r})")
        return NotImplemented if isinstance(o, str) else "A.add"
    def __radd__(self, o):
        log.append(f"{self!r}.__radd__({o!r})")
        return "A.radd"
class B(A):
    def __radd__(self, o):
        log.append(f"{self!r}.__radd__({o!r})")
        return "B.radd"
class C(A):
    pass  # subclass that does not override __radd__
class Never:
    def __repr__(self): return "Never()"
    def __add__(self, o):
        log.append("Never.__add__")
        return NotImplemented
    def __radd__(self, o):
        log.append("Never.__radd__")
        return NotImplemented

def run(label, f):
    log.clear()
    try:
        r = f()
    except TypeError as e:
        r = "TypeError: " + str(e)
    print(label, "->", r, log)

run("A + A", lambda: A(1) + A(2))
run("A + B", lambda: A(1) + B(2))
run("B + A", lambda: B(1) + A(2))
run("A + C", lambda: A(1) + C(2))
run("1 + A", lambda: 1 + A(1))
run("A + 1", lambda: A(1) + 1)
run("A + 's'", lambda: A(1) + "s")
run("'s' + A", lambda: "s" + A(1))
run("Never + Never", lambda: Never() + Never())
run("Never + A", lambda: Never() + A(1))
run("A + Never", lambda: A(1) + Never())
run("Never + 1", lambda: Never() + 1)

# subclass right operand first, but when it returns NotImplemented the left is tried
class Sub(A):
    def __radd__(self, o):
        log.append("Sub.__radd__ NotImplemented")
        return NotImplemented
run("A + Sub", lambda: A(1) + Sub(2))

# subclass of int on the right with __radd__ goes first against a plain int
class MyInt(int):
    def __radd__(self, o):
        log.append(f"MyInt.__radd__({o})")
        return "myint radd"
    def __add__(self, o):
        log.append(f"MyInt.__add__({o})")
        return "myint add"
run("1 + MyInt", lambda: 1 + MyInt(5))
run("MyInt + 1", lambda: MyInt(5) + 1)
run("1.5 + MyInt", lambda: 1.5 + MyInt(5))

# same type on both sides: __radd__ is never tried
class OnlyR:
    def __radd__(self, o):
        log.append("OnlyR.__radd__")
        return "r"
run("OnlyR + OnlyR", lambda: OnlyR() + OnlyR())
run("0 + OnlyR", lambda: 0 + OnlyR())
run("sum", lambda: sum([OnlyR(), OnlyR()][:1]))
