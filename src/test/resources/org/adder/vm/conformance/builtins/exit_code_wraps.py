"""sys.exit with an out-of-range integer: the process exit status is the code modulo 256 (here 258 -> 2); output before exit is flushed."""
import sys
codes = [0, 1, 255, 256, 258, -1]
print([c % 256 for c in codes])
print("exiting with 258")
sys.exit(258)
