def countdown(n):
    while n > 0:
        yield n
        n -= 1


def evens(limit):
    yield from (i for i in range(limit) if i % 2 == 0)


print(list(countdown(3)), list(evens(10)))
