"""Uncaught RecursionError from mutual recursion: alternating frames are not compressed the way identical frames are; traceback tail compared."""
import sys

sys.setrecursionlimit(40)

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

print("starting")
ping(0)
