
def add(a, b):
    return a + b

x = add(2, 3)
