"""Exception subclasses with custom __new__/__init__: what args holds, pickling-free reduce, str when args is modified, attributes kept."""

class WithNew(Exception):
    def __new__(cls, *args, **kw):
        inst = super().__new__(cls, *args)
        inst.created_by_new = True
        return inst
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code
e = WithNew("a", "b", code=3)
print(e.args, e.code, e.created_by_new, str(e), repr(e))

class InitIgnoresArgs(Exception):
    def __init__(self, value):
        self.value = value
e = InitIgnoresArgs(5)
print(e.args, e.value, str(e), repr(e))

class InitChangesArgs(Exception):
    def __init__(self, value):
        super().__init__(f"value={value}")
e = InitChangesArgs(7)
print(e.args, str(e), repr(e))

class NoArgs(Exception):
    def __init__(self):
        super().__init__()
print(NoArgs().args, repr(NoArgs()))

class KwOnly(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
        self.reason = reason
k = KwOnly(reason="because")
print(k.args, k.reason, str(k))
print(e.__reduce__()[0].__name__, e.__reduce__()[1], k.__reduce__()[1])

class Hierarchy(LookupError, ValueError):
    pass
h = Hierarchy("both")
print([c.__name__ for c in Hierarchy.__mro__], isinstance(h, ValueError), isinstance(h, LookupError))
try:
    raise h
except ValueError as v:
    print("caught as ValueError:", v)

# combining exception bases works unless their C layouts clash
for bases in ((OSError, SyntaxError), (OSError, UnicodeError), (KeyError, StopIteration), (SystemExit, ImportError), (int, Exception)):
    try:
        t = type("Combined", bases, {})
        print([c.__name__ for c in t.__mro__])
    except TypeError as err:
        print("TypeError:", err)
