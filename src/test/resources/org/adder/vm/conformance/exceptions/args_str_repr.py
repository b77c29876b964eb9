"""Exception args, str() and repr() with 0, 1, 2 and non-string args; KeyError's repr-like str; user subclasses with custom __init__/__str__."""

def show(e):
    print(type(e).__name__, "args=", repr(e.args), "str=", repr(str(e)), "repr=", repr(e))

for args in ((), ("msg",), ("a", "b"), (1,), (None,), ([1, 2],), ("",), (("t", 1),), (1, 2, 3)):
    show(Exception(*args))
for args in ((), ("k",), (1,), ("a", "b"), ("",), ((1, 2),)):
    show(KeyError(*args))
show(ValueError("quote's"))
show(RuntimeError('dq"s'))
show(StopIteration(5))
show(SystemExit(2))
show(UnicodeError("u"))

class MyError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"code {code}")
        self.code = code
        self.detail = detail
show(MyError(404, "not found"))
e = MyError(1, "d")
print(e.code, e.detail)

class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
show(NoSuperInit(1, 2))

class CustomStr(Exception):
    def __str__(self):
        return "custom str"
show(CustomStr("ignored"))

class CustomRepr(ValueError):
    def __repr__(self):
        return "CustomRepr!"
show(CustomRepr(1))

# args can be reassigned and becomes a tuple
e = Exception("x")
e.args = ["list", "becomes tuple"]
show(e)
e.args = "abc"
show(e)
try:
    e.args = 5
except TypeError as err:
    print("TypeError:", err)

# keyword arguments are rejected by most builtin exceptions
try:
    Exception(a=1)
except TypeError as err:
    print("TypeError:", err)
try:
    ValueError("x", code=1)
except TypeError as err:
    print("TypeError:", err)
# exceptions get a __dict__ for arbitrary attributes
e = ValueError()
e.extra = 1
print(e.__dict__, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
print(BaseException().with_traceback(None).args)
