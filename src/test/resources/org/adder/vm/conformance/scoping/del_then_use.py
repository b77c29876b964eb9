"""del then use: module names, locals, cells, attributes and items; re-binding after del; del in loops and nested scopes."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a = 1
del a
check(lambda: a)
a = 2
print(a)

def local_cycle():
    out = []
    for i in range(3):
        v = i
        out.append(v)
        del v
    try:
        return out, v
    except UnboundLocalError as e:
        return out, str(e)
print(local_cycle())

def cell_del():
    c = "cell"
    def reader():
        return c
    first = reader()
    del c
    try:
        reader()
    except NameError as e:
        second = str(e)
    c = "rebound"
    return first, second, reader()
print(cell_del())

def del_in_nested_scope():
    x = 1
    def inner():
        nonlocal x
        del x
    inner()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_in_nested_scope())

def del_global_from_function():
    global temp
    temp = "t"
    del temp
check(del_global_from_function)
check(lambda: temp)

class Obj:
    cls_level = "cls"
o = Obj()
o.cls_level = "instance shadow"
print(o.cls_level)
del o.cls_level
print(o.cls_level)
check(lambda: delattr(o, "cls_level"))

lst = [1, 2, 3]
alias = lst
del lst
print(alias)
check(lambda: lst)

d = {"k": [1]}
v = d["k"]
del d["k"]
print(v, d)

def del_param(p):
    del p
    p = "new"
    return p
print(del_param("old"))

def del_twice():
    q = 1
    del q
    del q
check(del_twice)
