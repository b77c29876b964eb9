"""sys.exit with a non-int object: its str goes to stderr and the status is 1; SystemExit subclass caught and re-raised."""
import sys

class Shutdown(SystemExit):
    pass
try:
    raise Shutdown(5)
except SystemExit as e:
    print("caught", type(e).__name__, e.code)
try:
    sys.exit([1, "list code"])
except SystemExit as e:
    print("code is a list:", e.code)
    raise
