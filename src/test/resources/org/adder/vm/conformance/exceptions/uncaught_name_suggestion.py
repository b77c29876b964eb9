"""Uncaught NameError with a "Did you mean" suggestion for a misspelled local and one for a builtin; first one caught, last one uncaught."""

def compute(values):
    total_sum = 0
    for value in values:
        total_sum += value
    return total_sum

print(compute([1, 2, 3]))
try:
    prnt("x")
except NameError as e:
    print("caught:", e, "| name:", e.name)

def broken(values):
    total_sum = 0
    for value in values:
        total_sum += value
    return totl_sum

broken([4, 5])
