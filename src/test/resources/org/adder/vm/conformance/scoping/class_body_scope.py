"""Class-body name resolution: class variables invisible to methods and nested scopes, comprehension quirks, globals vs class locals."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

x = "global"
class A:
    x = "class"
    y = x  # class body sees its own x
    def method(self):
        return x  # methods skip the class scope
    lam = lambda self: x
    comp_first = [x for _ in range(1)]  # comprehension body: global x? (class scope is skipped)
    comp_iter = [v for v in [x]]  # the first iterable is evaluated in class scope
print(A.y, A().method(), A().lam(), A.comp_first, A.comp_iter)

class B:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        cross = [i * j for i in items for j in items]
    except NameError as e:
        cross = str(e)
    try:
        filtered = [i for i in range(3) if i in items]
    except NameError as e:
        filtered = str(e)
print(B.doubled, B.cross, B.filtered)

def outer():
    v = "function local"
    class C:
        w = v  # enclosing function variable is visible
        def m(self):
            return v
    return C.w, C().m()
print(outer())

def outer2():
    v = "enclosing"
    class D:
        v = "class level"
        def m(self):
            return v  # finds the enclosing function's v, not the class attribute
        seen = v
    return D().m(), D.seen
print(outer2())

# a class-level name that is assigned after being read reads the global first
y = "global y"
class E:
    before = y
    y = "class y"
    after = y
print(E.before, E.after)

# in a function, the same pattern is an UnboundLocalError
def func():
    before = y
    y = "local"
check(func)

# class scope with global and nonlocal declarations
def make():
    counter = 0
    class F:
        nonlocal counter
        counter += 1
        snapshot = counter
    return counter, F.snapshot
print(make())

# __class__ and super available in methods, not in the class body itself
class G:
    def m(self):
        return __class__.__name__
    try:
        leaked = __class__
    except NameError as e:
        leaked = "NameError: " + str(e)
print(G().m(), G.leaked)

# names defined in the class body are not visible in nested class bodies
class Outer:
    secret = 1
    class Inner:
        try:
            s = secret
        except NameError as e:
            s = "NameError: " + str(e)
print(Outer.Inner.s)
# deleting a class-body name falls back to globals when read again
class H:
    x = "class x"
    del x
    after_del = x
print(H.after_del)
