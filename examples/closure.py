def counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


tick = counter(10)
tick()
print(tick(5))
