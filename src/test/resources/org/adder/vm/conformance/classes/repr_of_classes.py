"""repr/str of classes, builtin types, metaclasses, nested and local classes, and objects whose __repr__ returns non-strings or is inherited."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(r)

class Outer:
    class Inner:
        pass
def factory():
    class Local:
        pass
    return Local
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(repr(Outer), repr(Outer.Inner), repr(factory()), repr(WithMeta), repr(Meta))
print(repr(int), repr(type), repr(object), repr(type(None)), repr(type(len)), repr(type(print)), repr(type(...)))
print(str(Outer), f"{Outer.Inner}", [int, str])
class MetaRepr(type):
    def __repr__(cls):
        return f"<custom class {cls.__name__}>"
class Pretty(metaclass=MetaRepr):
    pass
print(repr(Pretty), str(Pretty), [Pretty], f"{Pretty!r}")

class NonStrRepr:
    def __repr__(self):
        return 42
check(lambda: repr(NonStrRepr()))
check(lambda: str(NonStrRepr()))
check(lambda: repr([NonStrRepr()]))
class NonStrStr:
    def __str__(self):
        return b"bytes"
check(lambda: str(NonStrStr()))
class StrSub(str):
    pass
class ReprReturnsStrSub:
    def __repr__(self):
        return StrSub("subclass of str")
check(lambda: repr(ReprReturnsStrSub()) + " | " + type(repr(ReprReturnsStrSub())).__name__)
class Parent:
    def __repr__(self):
        return f"{type(self).__name__}()"
class Child(Parent):
    pass
print(repr(Child()), str(Child()), [Parent(), Child()])
Outer.Inner.__module__ = "pkg.mod"
print(repr(Outer.Inner))
Outer.Inner.__module__ = "builtins"
print(repr(Outer.Inner))
