"""for/while loops with else clauses: when else runs, break skips it, empty iterables."""

def search(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print("not found", target)

search([1, 2, 3], 2)
search([1, 2, 3], 4)
search([], 1)

n = 0
while n < 3:
    n += 1
else:
    print("while else ran, n =", n)

n = 0
while True:
    n += 1
    if n == 5:
        break
else:
    print("never")
print("after break n =", n)

while False:
    print("never")
else:
    print("while False else")

for i in range(3):
    if i == 1:
        continue
    print("body", i)
else:
    print("else after continue, i =", i)

# else of an inner loop vs break of an outer loop
for a in range(3):
    for b in range(3):
        if a * b == 2:
            print("break inner at", a, b)
            break
    else:
        print("inner completed for a =", a)
        continue
    print("outer break at", a)
    break
else:
    print("outer never completes")

# loop variable keeps its last value; unassigned when the iterable is empty
for k in "xyz":
    pass
print("k =", k)
try:
    for never in ():
        pass
    print(never)
except NameError as e:
    print("NameError:", e)

def ret_in_loop():
    for i in range(10):
        if i == 3:
            return i
    else:
        return "else"
print(ret_in_loop())

def ret_in_else():
    for i in range(2):
        pass
    else:
        return "else", i
print(ret_in_else())
