"""sys.settrace through an exception propagating across three frames: exception events per frame, return events with None, f_trace_lines off."""
import sys

BASE = sys._getframe().f_lineno
events = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name == "tracer":
        return None
    detail = None
    if event == "exception":
        detail = f"{arg[0].__name__}: {arg[1]}"
    elif event == "return":
        detail = repr(arg)
    events.append(f"{event:9} {frame.f_code.co_name:8} {frame.f_lineno - BASE:3} {detail or ''}".rstrip())
    return tracer

def c():
    raise KeyError("deep")
def b():
    c()
def a():
    try:
        b()
    except KeyError:
        return "handled in a"

sys.settrace(tracer)
a()
sys.settrace(None)
print("\n".join(events))
events.clear()

# turning off line events for one frame
def quiet():
    sys._getframe().f_trace_lines = False
    x = 1
    y = 2
    return x + y
def loud():
    x = 1
    return x
sys.settrace(tracer)
quiet()
loud()
sys.settrace(None)
print("\n".join(events))
events.clear()

# a for loop: line events for the loop header each iteration
def loop():
    total = 0
    for i in range(2):
        total += i
    return total
sys.settrace(tracer)
loop()
sys.settrace(None)
print("\n".join(events))
events.clear()

# tracer exceptions: a tracer that raises disables tracing and the error propagates
def bad_tracer(frame, event, arg):
    if event == "line":
        raise RuntimeError("tracer failed")
    return bad_tracer
def traced():
    return 1
sys.settrace(bad_tracer)
try:
    traced()
except RuntimeError as e:
    print("RuntimeError:", e, "| gettrace is None:", sys.gettrace() is None)
sys.settrace(None)
