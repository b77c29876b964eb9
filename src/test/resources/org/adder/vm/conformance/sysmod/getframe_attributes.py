"""sys._getframe and frame attributes: f_lineno, f_locals, f_globals, f_back chain, f_code names, depth argument and its error."""
import sys

BASE = sys._getframe().f_lineno

def inner(a, b=2):
    c = a + b
    f = sys._getframe()
    return f, (f.f_code.co_name, f.f_lineno - BASE, sorted(f.f_locals), f.f_back.f_code.co_name,
               f.f_back.f_back.f_code.co_name, f.f_globals is globals())

def outer():
    local_in_outer = "visible"
    frame, info = inner(1)
    back = frame.f_back
    return info, back.f_locals["local_in_outer"], back.f_lineno - BASE, sys._getframe(0).f_code.co_name

print(outer())

def depth():
    names = []
    n = 0
    while True:
        try:
            names.append(sys._getframe(n).f_code.co_name)
        except ValueError as e:
            return names, str(e)
        n += 1
def a(): return depth()
def b(): return a()
print(b())

top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_locals is globals(), type(top).__name__)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError:", e)

# f_lineno changes as execution proceeds
def lines():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return second - first
print(lines())

# f_locals snapshot updates on each access in a function
def snap():
    f = sys._getframe()
    x = 1
    first = dict(f.f_locals)
    y = 2
    second = dict(f.f_locals)
    return sorted(first), sorted(second)
print(snap())

# frames of generators and their f_back
def g():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
gen = g()
def driver1(): return next(gen)
def driver2(): return next(gen)
print(driver1(), driver2())

# code attributes reachable from frames
def who():
    co = sys._getframe().f_code
    return co.co_name, co.co_qualname, co.co_argcount, co.co_filename == __file__
print(who())
class K:
    def m(self):
        return sys._getframe().f_code.co_qualname
print(K().m())
