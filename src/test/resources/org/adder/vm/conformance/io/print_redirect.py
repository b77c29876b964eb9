"""Replacing sys.stdout with a user object: print() looks sys.stdout up at call time, writes pieces separately, honours flush=True; restoring sys.__stdout__; print to a closed/None stdout."""
import sys
class Capture:
    def __init__(self):
        self.chunks = []
        self.flushes = 0
    def write(self, s):
        self.chunks.append(s)
        return len(s)
    def flush(self):
        self.flushes += 1
cap = Capture()
sys.stdout = cap
print("captured", 1, 2, sep="-")
print("second", end="")
print("flushed", flush=True)
sys.stdout = sys.__stdout__
print(cap.chunks, cap.flushes)
sys.stdout = None
print("this goes nowhere")
sys.stdout = sys.__stdout__
print("restored")
class Upper:
    def write(self, s):
        return sys.__stdout__.write(s.upper())
sys.stdout = Upper()
print("shouting", [1, "a"])
sys.stdout = sys.__stdout__
class NoWrite:
    pass
sys.stdout = NoWrite()
try:
    print("fails")
except AttributeError as e:
    sys.stdout = sys.__stdout__
    print("AttributeError:", e)
sys.stderr = Capture()
print("err text", file=sys.stderr)
captured_err = sys.stderr.chunks
sys.stderr = sys.__stderr__
print(captured_err)
