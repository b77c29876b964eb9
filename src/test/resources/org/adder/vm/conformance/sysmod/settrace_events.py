"""sys.settrace event sequences: call, line, return, exception for nested calls, local tracers, generators, and f_trace_opcodes."""
import sys

events = []
BASE = 0

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("tracer", "local"):
        return None
    rel = frame.f_lineno - BASE
    shown = arg if event == "return" else (arg[0].__name__ if event == "exception" else None)
    events.append((event, name, rel, shown))
    return local

def local(frame, event, arg):
    rel = frame.f_lineno - BASE
    shown = arg if event == "return" else (arg[0].__name__ if event == "exception" else None)
    events.append((event, frame.f_code.co_name, rel, shown))
    return local

BASE = sys._getframe().f_lineno
def add(a, b):
    c = a + b
    return c

def caller():
    x = add(1, 2)
    try:
        raise ValueError("traced")
    except ValueError:
        x += 1
    return x

sys.settrace(tracer)
caller()
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())

events.clear()
def gen():
    yield 1
    yield 2
sys.settrace(tracer)
list(gen())
sys.settrace(None)
for e in events:
    print(e)

# the global tracer returning None disables local tracing for that frame
calls = []
def only_calls(frame, event, arg):
    calls.append((event, frame.f_code.co_name))
    return None
def leaf():
    return 1
def branch():
    return leaf() + leaf()
sys.settrace(only_calls)
branch()
sys.settrace(None)
print(calls)

# opcode events: in 3.12.1 a frame's f_trace_opcodes set from inside the tracer is honoured only once
# tracing is (re)installed by sys.settrace, so the first run shows no opcode events and the second does
ops = []
def opcode_tracer(frame, event, arg):
    if frame.f_code.co_name != "tiny":
        return None
    frame.f_trace_opcodes = True
    ops.append((event, frame.f_lasti))
    return opcode_tracer
def tiny():
    x = 1
    return x + 6
for run in range(2):
    sys.settrace(opcode_tracer)
    tiny()
    sys.settrace(None)
    print("run", run, ops)
    ops.clear()
