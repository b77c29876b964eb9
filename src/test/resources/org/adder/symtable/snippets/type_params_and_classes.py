class Outer:
    T = int
    class Inner[U: T, *Ts, **P](Base[U]):
        def meth[V: (U, T)](self, a: V = 1, *, b: U = 2) -> T:
            return super().meth(a)
        type Alias[W] = list[W | T | U]
    type Plain = dict[T, int]
    def g[X](self): return X
    __z = 1
class __Priv[T]:
    pass
__after = 2
def outer():
    x = 1
    class K:
        x = 2
        def m(self): return x
        y = x
    class L[T]:
        def m(self): return x
    return K, L
def nl():
    a = 1
    def inner():
        nonlocal a
        a += 1
        def deeper(): return a
    return inner
class GlobalInClass:
    global gc
    gc = 1
    def m(self): return gc
def comp_in_class():
    class Q:
        v = 1
        w = [v for _ in range(3)]
        z = [lambda: v for _ in range(2)]
def comp_cell():
    return [(lambda: i) for i in range(3)], {k: (lambda: k) for k in "ab"}
def nested_comp():
    return [[x * y for x in range(3)] for y in range(3)]
def gen_in_comp():
    return [(z for z in range(y)) for y in range(3)]
lam = lambda x=1, *a, k=[i for i in range(2)], **kw: (x, a, k, kw)
