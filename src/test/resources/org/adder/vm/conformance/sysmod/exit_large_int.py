"""sys.exit with an int outside 0..255 and a bool: the process status is the low byte; True counts as 1."""
import sys

for code in (True, False, 256, -1):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), type(e.code).__name__)
print("exiting with 258")
sys.exit(258)
