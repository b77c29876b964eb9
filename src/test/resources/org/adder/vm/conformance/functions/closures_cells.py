"""Closures: late binding, shared cells between sibling closures, __closure__ cell_contents, empty cells, cell identity."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc(), get())
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)
print(inc.__closure__[0] is get.__closure__[0], inc.__closure__[0].cell_contents)

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = "changed"
    return [f() for f in fs]
print(late())

def empty_cell():
    def inner():
        return v
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    v = 1
    return c.cell_contents, inner()
print(empty_cell())

def unbound_free():
    def inner():
        return v
    r = None
    try:
        inner()
    except NameError as e:
        r = type(e).__name__ + ": " + str(e)
    v = 2
    return r
print(unbound_free())

def del_free():
    v = 1
    def inner():
        return v
    del v
    return inner
check(del_free())

# writing cell_contents
def mk():
    x = "orig"
    def r():
        return x
    return r
fn = mk()
fn.__closure__[0].cell_contents = "patched"
print(fn())
del fn.__closure__[0].cell_contents
check(fn)

# a function without free vars has __closure__ None
def plain(): pass
print(plain.__closure__, plain.__code__.co_freevars)

# nested three levels, each level's variable a cell
def a():
    x = 1
    def b():
        y = 2
        def c():
            return x + y
        return c
    return b()
c = a()
print(c(), c.__code__.co_freevars, [cell.cell_contents for cell in c.__closure__])

# an argument can be a cell
def arg_cell(p):
    def g():
        return p * 2
    p += 1
    return g
print(arg_cell(5)(), arg_cell.__code__.co_cellvars, arg_cell.__code__.co_varnames)

# cell comparisons and repr type
cells = counter()[0].__closure__
print(type(cells[0]).__name__, cells[0] == cells[0])
