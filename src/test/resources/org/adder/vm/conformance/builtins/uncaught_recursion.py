"""builtins: RecursionError with a small recursion limit (sys.setrecursionlimit(40)); the traceback collapses repeated frames ("[Previous line repeated N more times]"); exit 1."""
import sys
sys.setrecursionlimit(40)
def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)
print(countdown(10))
try:
    countdown(100)
except RecursionError as e:
    print("RecursionError:", e)
print(countdown(1000))
