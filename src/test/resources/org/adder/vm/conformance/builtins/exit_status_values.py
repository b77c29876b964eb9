"""sys.exit with a non-int, non-str object: its str() goes to stderr and the exit status is 1 (SystemExit raised directly)."""
import sys
class Code:
    def __str__(self):
        return "custom exit object"
    def __repr__(self):
        return "Code()"
print("exiting with an object")
raise SystemExit(Code())
