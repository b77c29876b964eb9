"""__getattr__, __getattribute__, __setattr__, __delattr__: call order, fallbacks, object.__getattribute__ delegation, recursion guards."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Traced:
    cls_attr = "class"
    def __init__(self):
        object.__setattr__(self, "real", 1)
    def __getattribute__(self, name):
        print("__getattribute__", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("virt"):
            return "virtual " + name
        raise AttributeError(f"no {name}")
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("__delattr__", name)
        object.__delattr__(self, name)

t = Traced()
print(t.real)
print(t.cls_attr)
print(t.virtual_x)
check(lambda: t.missing)
t.new = 2
del t.new
check(lambda: delattr(t, "new"))
print(getattr(t, "missing", "default"))
print(hasattr(t, "virt"), hasattr(t, "nah"))

# __getattribute__ raising a non-AttributeError does not reach __getattr__
class Strict:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
check(lambda: Strict().x)
check(lambda: getattr(Strict(), "x", "dflt"))
check(lambda: hasattr(Strict(), "x"))

# special method lookup bypasses __getattribute__
class Bypass:
    def __getattribute__(self, name):
        print("intercepted", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
b = Bypass()
print(len(b))
print(b.__len__())

# __setattr__ that stores elsewhere
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append((name, value))
r = Recorder()
r.a = 1
r.b = 2
print(r.log, vars(r).keys())
check(lambda: r.a)

# __getattr__ is called for class-level missing attributes only via the metaclass
class WithGA:
    def __getattr__(self, name):
        return "instance-level " + name
check(lambda: WithGA.anything)
print(WithGA().anything)

# getattr() with non-string names
check(lambda: getattr(t, 1))
check(lambda: setattr(t, 1, 2))
check(lambda: delattr(t, None))
check(lambda: getattr(t))
# object.__setattr__ on builtins
check(lambda: object.__setattr__(1, "x", 2))
check(lambda: object.__setattr__(int, "x", 2))
class Sub(int): pass
check(lambda: object.__setattr__(Sub, "x", 2))
