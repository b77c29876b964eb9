"""Builtin super: zero-argument form in methods and classmethods, two-argument forms, MRO walking with diamonds, super() attributes, and errors ("super(type, obj): obj must be an instance or subtype of type")."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class A:
    def who(self):
        return ["A"]
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
    def __repr__(self):
        return "A-repr"
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
    @classmethod
    def make(cls):
        return "C.make -> " + super().make()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.make(), C.make())
d = D()
print(super(B, d).who(), super(C, d).who(), super(D, D).make(), super(B, D).make())
s = super(B, d)
print(s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__, type(s).__name__)
print(super(D, d).__repr__(), super(B, d).__repr__())
check(lambda: super(B, 5))
check(lambda: super(5, d))
check(lambda: super(D, A()))
check(lambda: super())
check(lambda: super(B, d).missing)
check(lambda: super(D, d).who.__name__)
check(lambda: super(A, d).who())
def free_function():
    return super()
check(free_function)
class E:
    def method(self):
        def inner():
            return super().method
        return inner()
check(lambda: E().method())
class F:
    def __init__(self):
        print("F init")
class G(F):
    def __init__(self):
        print("G init start")
        super().__init__()
        print("G init end")
G()
class H(int):
    def __new__(cls, v):
        print("H.__new__", v)
        return super().__new__(cls, v * 2)
print(H(21), type(H(1)).__name__)
class J:
    def m(self):
        return __class__.__name__
print(J().m())
