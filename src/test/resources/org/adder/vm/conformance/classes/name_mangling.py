"""Private name mangling: __x in methods and class bodies, dunder names exempt, nested classes, leading-underscore class names, getattr strings not mangled."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Account:
    __count = 0
    def __init__(self):
        self.__balance = 10
        self.__dunder__ = "not mangled"
        Account.__count += 1
    def balance(self):
        return self.__balance
    def peek(self, other):
        return other.__balance
a = Account()
print(sorted(vars(a)), a.balance(), a._Account__balance, Account._Account__count)
check(lambda: a.__balance)
check(lambda: getattr(a, "__balance"))
print(getattr(a, "_Account__balance"), a.peek(Account()))

class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = "sub's own"
    def both(self):
        return self.__balance, self._Account__balance
s = Sub()
print(s.both(), sorted(k for k in vars(s)))

class _Leading:
    def __init__(self):
        self.__x = 1
print(sorted(vars(_Leading())))
class __Dunderish:
    def __init__(self):
        self.__x = 1
print(sorted(vars(__Dunderish())))
class ___:
    def __init__(self):
        self.__x = 1
print(sorted(vars(___())))

class Outer:
    class Inner:
        def __init__(self):
            self.__v = "inner"
    def __init__(self):
        self.__v = "outer"
        self.inner = Outer.Inner()
o = Outer()
print(sorted(vars(o)), sorted(vars(o.inner)))

# mangling applies to names in many positions: globals, imports-free, function names, keyword args
class Mangler:
    def __private(self):
        return "private method"
    def call(self):
        return self.__private()
    def kw(self):
        def f(**kw):
            return list(kw)
        return f(__arg=1)
    def names(self):
        __local = 1
        return sorted(locals())
print(Mangler().call(), Mangler().kw(), Mangler().names(), "_Mangler__private" in Mangler.__dict__)
__module_level = "module private"
class ReadsGlobal:
    def get(self):
        try:
            return __module_level
        except NameError as e:
            return "NameError: " + str(e)
print(ReadsGlobal().get())
print(Mangler.__dict__.get("__private"), Mangler._Mangler__private.__name__, Mangler._Mangler__private.__qualname__)
