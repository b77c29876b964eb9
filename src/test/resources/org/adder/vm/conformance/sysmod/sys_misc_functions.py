"""Language-level sys helpers: getdefaultencoding, is_finalizing, exception/exc_info outside handlers, call_tracing, getrecursionlimit round trips, sys.exit argument errors."""
import sys

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

check(sys.getdefaultencoding)
check(sys.is_finalizing)
check(sys.exception)
check(sys.exc_info)
check(lambda: sys.call_tracing(lambda a, b: a + b, (2, 3)))
check(lambda: sys.call_tracing(len, [1]))
check(lambda: sys.exit(1, 2))
check(lambda: sys.exit(code=1))
check(lambda: sys.intern())
check(lambda: sys.getrecursionlimit(1))
check(lambda: sys._getframe(0, 1))
check(lambda: sys.settrace())
check(lambda: sys.setprofile(1, 2))
check(lambda: sys.settrace(5) or sys.gettrace())
sys.settrace(None)
check(lambda: type(sys.stdout).__name__)
check(lambda: (sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno()))
check(lambda: sys.stdout.isatty() or "not a tty")
check(lambda: type(sys.maxsize).__name__)
check(lambda: sys.float_info.max * 2)
check(lambda: sys.float_info.epsilon + 1 > 1)
check(lambda: 1 + sys.float_info.epsilon / 2 == 1)
check(lambda: sys.float_info.min / 2 > 0)
check(lambda: sys.hash_info.inf == hash(float("inf")))
check(lambda: hash(-1) == -2 and sys.hash_info.modulus == 2**61 - 1)
check(lambda: [hash(x) for x in (sys.hash_info.modulus, sys.hash_info.modulus + 1, -sys.hash_info.modulus)])
