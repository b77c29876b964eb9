"""del of names, attributes, items, slices, tuples of targets, and the errors each raises."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

x = 1
del x
check(lambda: x)

def local_del():
    y = 2
    del y
    return y
check(local_del)

def del_unbound():
    del z
    z = 1
check(del_unbound)

def del_global_missing():
    global never_defined
    del never_defined
check(del_global_missing)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
def bad_index():
    del lst[100]
check(bad_index)
def bad_type():
    del lst["a"]
check(bad_type)
def bad_ext_slice():
    l = [1, 2, 3, 4]
    l[::2] = [9]
check(bad_ext_slice)

d = {"a": 1, "b": 2, (1, 2): 3}
del d["a"]
del d[1, 2]
print(d)
def missing_key():
    del d["zzz"]
check(missing_key)
def unhashable_key():
    del d[[1]]
check(unhashable_key)

class C:
    cls_attr = "class"
c = C()
c.a = 1
c.b = 2
del c.a
print(sorted(vars(c)))
check(lambda: c.a)
def del_missing_attr():
    del c.nope
check(del_missing_attr)
def del_class_attr_via_instance():
    del c.cls_attr
check(del_class_attr_via_instance)
del C.cls_attr
check(lambda: C.cls_attr)

# tuple and list targets, nested
p, q, r = 1, 2, 3
del p, (q, [r])
check(lambda: (p))
check(lambda: (q))

# del on immutable sequences and objects without item deletion
def del_tuple_item():
    t = (1, 2)
    del t[0]
check(del_tuple_item)
def del_str_item():
    s = "ab"
    del s[0]
check(del_str_item)
def del_int_attr():
    n = 5
    del n.real
check(del_int_attr)
def del_builtin_attr():
    del len.__name__
check(del_builtin_attr)

# __delitem__ / __delattr__ traces
class T:
    def __delitem__(self, k):
        print("__delitem__", repr(k))
    def __delattr__(self, n):
        print("__delattr__", n)
t = T()
del t[1], t[1:2], t[1, ::3], t[...]
del t.x, t.y
