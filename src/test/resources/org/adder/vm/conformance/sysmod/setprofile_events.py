"""sys.setprofile event sequences: call/return for Python functions, c_call/c_return/c_exception for builtins, exceptions and generators."""
import sys

events = []
def profiler(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, arg.__name__))
    else:
        name = frame.f_code.co_name
        if name != "profiler":
            events.append((event, name, arg if event == "return" else None))

def square(x):
    return x * x

def work():
    total = sum([square(i) for i in range(3)])
    s = len("abc")
    try:
        int("x")
    except ValueError:
        pass
    return total + s

sys.setprofile(profiler)
work()
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile())

events.clear()
def gen():
    yield 1
    return "end"
sys.setprofile(profiler)
g = gen()
next(g)
try:
    next(g)
except StopIteration:
    pass
sys.setprofile(None)
for e in events:
    print(e)

events.clear()
def raiser():
    raise KeyError("k")
sys.setprofile(profiler)
try:
    raiser()
except KeyError:
    pass
sys.setprofile(None)
for e in events:
    print(e)
