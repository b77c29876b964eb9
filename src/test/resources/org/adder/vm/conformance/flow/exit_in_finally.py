"""sys.exit inside finally replaces a pending exception; the exit code wins and nothing else is printed to stderr."""
import sys

def run():
    try:
        raise ValueError("pending, then discarded")
    finally:
        print("finally decides to exit")
        sys.exit(4)

try:
    run()
except ValueError:
    print("never: the ValueError was replaced")
except SystemExit as e:
    print("SystemExit seen with code", e.code, "context:", repr(e.__context__))
    raise
