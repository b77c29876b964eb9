"""A replaced sys.excepthook that itself raises: CPython reports the hook's error and then the original exception on stderr."""
import sys

def hook(tp, value, tb):
    print("hook called with", tp.__name__, value)
    raise ValueError("the hook is broken")

sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__ is not hook)

def work():
    return 1 / 0

work()
