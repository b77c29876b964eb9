"""dict: an uncaught KeyError with a tuple key raised from a nested function, re-raised inside an except block with a different exception (explicit "from None" suppresses context); exit 1."""
inventory = {("apple", "red"): 3, ("pear", "green"): 5}

def lookup(item):
    return inventory[item]

def total(items):
    s = 0
    for it in items:
        try:
            s += lookup(it)
        except KeyError:
            raise LookupError(f"unknown item {it!r}") from None
        print("running total", s)
    return s

print(total([("apple", "red")]))
print(total([("pear", "green"), ("apple", "green")]))
