"""Uncaught RecursionError: the traceback compresses repeated frames ("[Previous line repeated N more times]")."""
import sys

sys.setrecursionlimit(60)

def walk(node, depth):
    children = [node * 2, node * 2 + 1]
    return walk(children[0], depth + 1)

def start():
    print("starting walk")
    return walk(1, 0)

print(sys.getrecursionlimit())
start()
