"""Reading standard input (sibling .stdin file): input() with and without prompt, sys.stdin.readline/iteration, EOFError at the end."""
import sys

first = input()
print("first line:", repr(first))
second = input("prompt> ")
print()
print("second line:", repr(second))
line = sys.stdin.readline()
print("readline:", repr(line))
numbers = [int(tok) for tok in sys.stdin.readline().split()]
print("sum:", sum(numbers), "max:", max(numbers))
rest = [l.rstrip("\n") for l in sys.stdin]
print("remaining lines:", rest)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
try:
    input("at eof> ")
except EOFError as e:
    print()
    print("EOFError:", repr(e), e.args)
try:
    input("a", "b")
except TypeError as e:
    print("TypeError:", e)
