"""sys.exit with a string from inside nested try/finally and with blocks: finally and __exit__ run, message on stderr, status 1."""
import sys

class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, tp, val, tb):
        print("exit sees", tp and tp.__name__, val and repr(val.code))
        return False

def main():
    for i in range(5):
        try:
            with CM():
                if i == 2:
                    sys.exit(f"fatal at iteration {i}")
                print("iteration", i)
        except ValueError:
            print("not caught here")
        finally:
            print("finally", i)

try:
    main()
except Exception as e:
    print("not reached: SystemExit is not an Exception", e)
finally:
    print("outer finally")
    sys.stdout.flush()
