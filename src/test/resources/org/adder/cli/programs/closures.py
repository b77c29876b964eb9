"""Closures, nonlocal, global, cells shared between functions, late binding in loops."""
counter_total = 0


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        global counter_total
        count += step
        counter_total += step
        return count

    def peek():
        return count

    return bump, peek


bump, peek = make_counter(3)
for _ in range(4):
    bump()
print(peek(), counter_total)

late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x.upper()
        return inner

    x = "rebound"
    return middle()()


print(outer())


class Box:
    value = 42

    def method(self):
        return __class__.__name__, [self.value for _ in range(2)]


print(Box().method())
