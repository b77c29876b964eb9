"""sys.getrecursionlimit/setrecursionlimit: values, errors for bad limits, RecursionError at a lowered limit, recovering after it."""
import sys

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(sys.getrecursionlimit())
check(lambda: sys.setrecursionlimit(0))
check(lambda: sys.setrecursionlimit(-5))
check(lambda: sys.setrecursionlimit("100"))
check(lambda: sys.setrecursionlimit(1.5))
check(lambda: sys.setrecursionlimit(2**100))
check(lambda: sys.setrecursionlimit())

def depth_reached():
    n = 0
    def rec():
        nonlocal n
        n += 1
        rec()
    try:
        rec()
    except RecursionError as e:
        return n, str(e)

sys.setrecursionlimit(100)
n, msg = depth_reached()
print(msg, 80 < n < 100)
sys.setrecursionlimit(300)
n2, _ = depth_reached()
print(n2 - n)
sys.setrecursionlimit(1000)

# recursion through __repr__, __getattr__ and a builtin callback all hit the same limit
class R:
    def __repr__(self):
        return repr(self)
check(lambda: repr(R()))
class G:
    def __getattr__(self, name):
        return self.missing
check(lambda: G().x)
def key(x):
    return sorted([x], key=key)
check(lambda: key(1))
# deep but finite recursion succeeds after raising the limit
sys.setrecursionlimit(20000)
def count(n):
    return n if n == 0 else count(n - 1)
print(count(15000))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
