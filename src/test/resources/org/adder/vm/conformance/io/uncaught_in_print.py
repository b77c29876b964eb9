"""io: an exception raised by __str__ while print() is formatting its arguments: the arguments before it have already been written, the traceback points at the print line; exit 1."""
import sys
class Bad:
    def __str__(self):
        raise RuntimeError("cannot render")
print("before")
sys.stdout.write("partial line ")
print("a", "b", Bad(), "c")
