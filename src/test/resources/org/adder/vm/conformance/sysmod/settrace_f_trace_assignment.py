"""Per-frame tracing: assigning frame.f_trace from a global tracer, a local tracer switching itself off by returning None, and settrace changes mid-function."""
import sys

log = []
BASE = sys._getframe().f_lineno

def global_tracer(frame, event, arg):
    if frame.f_code.co_name == "target":
        log.append(("global", event, frame.f_lineno - BASE))
        return counting_tracer
    return None

budget = [2]
def counting_tracer(frame, event, arg):
    log.append(("local", event, frame.f_lineno - BASE))
    if event == "line":
        budget[0] -= 1
        if budget[0] == 0:
            return None
    return counting_tracer

def target():
    a = 1
    b = 2
    c = 3
    return a + b + c

sys.settrace(global_tracer)
target()
sys.settrace(None)
for entry in log:
    print(entry)
log.clear()

# installing a tracer on the current frame only affects later lines in this frame when settrace is active
def self_traced():
    frame = sys._getframe()
    frame.f_trace = lambda f, e, a: log.append(("self", e, f.f_lineno - BASE)) or None
    sys.settrace(lambda *a: None)
    x = 1
    y = 2
    sys.settrace(None)
    return x + y
self_traced()
for entry in log:
    print(entry)
print(sys.gettrace())
