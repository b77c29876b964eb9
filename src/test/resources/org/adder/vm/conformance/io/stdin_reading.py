"""Reading sys.stdin directly (from the .stdin file): readline, read(n), iteration, readlines, and input() after partial reads; empty results at EOF."""
import sys
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(4)))
print(repr(sys.stdin.readline()))
print(repr(input()))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
    if i == 1:
        break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
