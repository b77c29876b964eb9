"""Building functions and cells from their types: type(f)(code, globals, name, argdefs, closure), cell type construction, error messages."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

FunctionType = type(check)
def template(a, b=2):
    return a + b + OFFSET
OFFSET = 100

g = FunctionType(template.__code__, {"OFFSET": 1}, "rebuilt", (10,))
print(g(1), g.__name__, g.__qualname__, g.__defaults__, g.__module__)
h = FunctionType(template.__code__, globals())
print(h(1, 1), h.__name__, h.__defaults__)
check(lambda: h())
check(lambda: FunctionType(template.__code__, {"OFFSET": 0})(1))

def outer():
    captured = "cell value"
    def inner():
        return captured
    return inner
inner = outer()
CellType = type(inner.__closure__[0])
cell = CellType("replacement")
k = FunctionType(inner.__code__, {}, "k", None, (cell,))
print(k(), cell.cell_contents)
cell.cell_contents = "changed"
print(k())
empty = CellType()
check(lambda: empty.cell_contents)
k2 = FunctionType(inner.__code__, {}, "k2", None, (empty,))
check(k2)
check(lambda: FunctionType(inner.__code__, {}))
check(lambda: FunctionType(inner.__code__, {}, "x", None, ("not a cell",)))
check(lambda: FunctionType(inner.__code__, {}, "x", None, (cell, cell)))
check(lambda: FunctionType(template.__code__, {}, "x", None, (cell,)))
check(lambda: FunctionType(template.__code__, []))
check(lambda: FunctionType(template.__code__, {}, 5))
check(lambda: FunctionType(template.__code__, {}, "x", [1]))
check(lambda: FunctionType("code", {}))
print(CellType(1) == CellType(1), CellType(1) < CellType(2), type(CellType).__name__)
check(lambda: CellType(1) < CellType("a"))
check(lambda: CellType(1, 2))
# kwdefaults and annotations are set afterwards
m = FunctionType(template.__code__, {"OFFSET": 0})
m.__defaults__ = (5,)
m.__annotations__ = {"a": int}
print(m(1), m.__annotations__, m.__kwdefaults__)
