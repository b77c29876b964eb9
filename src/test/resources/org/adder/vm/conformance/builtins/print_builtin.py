"""Builtin print: sep and end (None, empty, multi-char), file=sys.stderr interleaving with flush, file objects with a write method, __str__ calls, and argument errors."""
import sys
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print("no newline", end="")
print(" continued")
print("x", sep=None, end=None)
print(1, 2.5, None, [1, "s"], {"k": b"v"}, sep=" | ")
print(*range(5), sep=",")
print(*[], sep="never")
print("to stderr", file=sys.stderr)
print("stderr flushed", file=sys.stderr, flush=True)
print("stdout flushed", flush=True)
print("file None goes to stdout", file=None)
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
sink = Sink()
print("into", "sink", sep="_", end="$", file=sink)
print(file=sink)
print(sink.parts)
class FlushSink(Sink):
    def flush(self):
        self.parts.append("<flush>")
fs = FlushSink()
print("f", file=fs, flush=True)
print(fs.parts)
class S:
    def __str__(self):
        print("__str__ called", file=sys.stderr)
        return "S!"
print(S(), S())
check(lambda: print("x", sep=5))
check(lambda: print("x", end=[]))
check(lambda: print("x", file=5))
check(lambda: print("x", file=object()))
check(lambda: print("x", bogus=1))
check(lambda: print("x", file=Sink(), flush=True))
class BadStr:
    def __str__(self):
        return 1
check(lambda: print(BadStr()))
class NoWrite:
    write = None
check(lambda: print("x", file=NoWrite()))
print("end of program", file=sys.stderr)
print("last line")
