"""global and nonlocal statements: rebinding at each level, globals created from functions, shadowing, errors at runtime."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

g = "module"
def read_global():
    return g
def write_global():
    global g
    g = "written"
def shadow():
    g = "local"
    return g
print(read_global(), shadow(), g)
write_global()
print(g)

def create():
    global brand_new
    brand_new = 42
check(lambda: brand_new)
create()
print(brand_new)

def outer():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    return mid(), x
print(outer())

def outer2():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 10
        inner()
        inner()
    mid()
    return x
print(outer2())

# global inside a nested function skips enclosing locals
def enc():
    g = "enclosing"
    def inner():
        global g
        return g
    return inner()
print(enc())

# nonlocal applied to a parameter of the enclosing function
def param(p):
    def set_p():
        nonlocal p
        p = p * 3
    set_p()
    return p
print(param(7))

# a global declared in a class body
class K:
    global g
    g = "from class"
    local_to_class = g
print(g, K.local_to_class)

# reading a global that was deleted
def del_global():
    global g
    del g
del_global()
check(read_global)

# builtins are found after globals, globals shadow builtins
def uses_len():
    return len("abc")
print(uses_len())
len = lambda x: "shadowed"
print(uses_len())
del len
print(uses_len())
