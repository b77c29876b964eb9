"""Class creation order of events: base expressions, metaclass __prepare__, body execution, __set_name__, __init_subclass__, decorators."""

log = []
def note(msg, value=None):
    log.append(msg)
    return value

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(f"__prepare__ {name} {[b.__name__ for b in bases]} {kw}")
        return {"injected": "by prepare"}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"__new__ {name} keys={sorted(k for k in ns if not k.startswith('__'))} kw={kw}")
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"__init__ {name}")
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(f"__call__ {cls.__name__} {a} {k}")
        return super().__call__(*a, **k)

class Desc:
    def __set_name__(self, owner, name):
        log.append(f"__set_name__ {owner.__name__}.{name}")

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f"__init_subclass__ {cls.__name__} {kw}")
        super().__init_subclass__()

print(log); log.clear()

def deco(cls):
    log.append(f"decorator {cls.__name__}")
    return cls

@note("decorator expression evaluated", deco)
class Child(note("base expression", Base), flag=note("keyword expression", 1)):
    note("body start")
    attr = Desc()
    other = Desc()
    note("body end")
    def __init__(self, *a, **k):
        log.append("instance __init__")

for line in log:
    print(line)
log.clear()
c = Child(1, k=2)
print(log)
print(Child.injected, type(Child).__name__, Child.__mro__[1].__name__)
