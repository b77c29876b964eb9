"""while loops: conditions re-evaluated each time with side effects, nested while/else with break flags, counting patterns."""

calls = 0
def cond():
    global calls
    calls += 1
    print("cond call", calls)
    return calls < 4
while cond():
    print("body")
print("calls:", calls)

# Collatz lengths
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], collatz(27))

# gcd by hand and via a nested loop primes sieve
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(0, 5), gcd(2**100, 6**50))
primes = []
n = 2
while len(primes) < 15:
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        primes.append(n)
    n += 1
print(primes)

# while with a walrus over a list pop
stack = [1, [2, [3, [4]]]]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(reversed(top))
    else:
        flat.append(top)
print(flat)

# continue in while skips the rest but re-tests the condition
i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
print(evens)

# else is skipped on break even when the break is on the last iteration
i = 0
while i < 3:
    i += 1
    if i == 3:
        break
else:
    print("never")
print("i =", i)
