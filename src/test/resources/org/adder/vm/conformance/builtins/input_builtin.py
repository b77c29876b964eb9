"""Builtin input: reading lines from stdin (sibling .stdin file), prompts written to stdout, trailing newline stripping, \r handling, and EOFError at the end."""
import sys
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

check(lambda: input())
check(lambda: input("prompt> "))
check(lambda: input(""))
check(lambda: input(42))
line = input("name? ")
print("hello", line.upper())
nums = [int(x) for x in input().split()]
print(sum(nums), nums)
check(lambda: input())
check(lambda: input())
check(lambda: sys.stdin.readline())
check(lambda: input("a", "b"))
check(lambda: input())
check(lambda: input("eof> "))
check(lambda: input())
print("done")
