"""Recursion: mutual recursion, deep recursion after raising the limit, RecursionError at the default limit, message."""
import sys

def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), len(str(fact(300))))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77), is_even(7))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))

print(sys.getrecursionlimit())

def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))

depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    # the exact depth is implementation-specific; only its order of magnitude is checked
    print("depth between 500 and 1000:", 500 < depth <= 1000)

sys.setrecursionlimit(100500)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(100000))
sys.setrecursionlimit(1000)

# recursion in __repr__ of a self-referencing structure is handled by the container
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d)

# RecursionError inside a try in a recursive function; recovering at the top
def risky(n):
    try:
        return risky(n + 1)
    except RecursionError:
        if n == 0:
            return "recovered at top"
        raise
print(risky(0))
