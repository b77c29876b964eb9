"""sys.stdout/sys.stderr writes with explicit flushes, return values of write, print's file/sep/end/flush, replaced stdout objects."""
import sys

n = sys.stdout.write("written to stdout\n")
print("write returned", n)
sys.stdout.flush()
m = sys.stderr.write("written to stderr\n")
sys.stderr.flush()
print("stderr write returned", m)
print("a", "b", "c", sep="-", end="!\n")
print("to stderr via print", file=sys.stderr, flush=True)
print(*range(5), sep=", ")
print()
print("", end="")
print("no newline", end="")
print(" continued")
print(sep="x")
print(1, 2, sep=None, end=None)

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
cap = Capture()
print("captured", 1, file=cap)
print("flushed", file=cap, flush=True)
print(cap.parts)
saved = sys.stdout
sys.stdout = cap
print("inside redirect")
sys.stdout = saved
print(cap.parts[-2:])

for bad in (lambda: print("x", sep=5), lambda: print("x", end=[]), lambda: print("x", file=5), lambda: sys.stdout.write(5),
            lambda: print("x", bogus=1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(sys.stdout.encoding.lower().replace("-", "") in ("utf8",), sys.stdout.writable(), sys.stdin.readable())
print(repr(sys.stdin.read()))
sys.stdout.write("last line without print\n")
sys.stderr.write("last stderr line\n")
