"""Frames reached from tracebacks and sys._getframe: f_back of tb frames, f_lasti monotonic, f_code identity, frame.clear() errors on executing frames."""
import sys

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def inner():
    raise ValueError("x")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
print([f.f_code.co_name for f in frames])
print(frames[-1].f_back is frames[-2], frames[-2].f_back is frames[0], frames[0].f_back)
print(frames[-1].f_code is inner.__code__, frames[1].f_code is outer.__code__)
print(sorted(frames[-1].f_locals), frames[0].f_locals is globals())
print(type(frames[-1].f_lasti).__name__, frames[-1].f_lineno - inner.__code__.co_firstlineno)
frames[-1].clear()
print("cleared finished frame:", frames[-1].f_locals)
check(lambda: sys._getframe().clear())

def gen_frame():
    yield sys._getframe()
g = gen_frame()
fr = next(g)
print(fr is g.gi_frame, fr.f_code.co_name, fr.f_back is None)
check(fr.clear)
print(g.gi_frame)

def lasti_progress():
    f = sys._getframe()
    a = f.f_lasti
    b = f.f_lasti
    return b > a
print(lasti_progress())
print(sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else sys._getframe().f_builtins is __builtins__)
print(sys._getframe().f_trace, sys._getframe().f_trace_lines, sys._getframe().f_trace_opcodes)
