"""iterators: StopIteration escaping a generator becomes RuntimeError("generator raised StopIteration") with the StopIteration as its cause in the traceback; exit 1."""
def pairs(it):
    it = iter(it)
    while True:
        a = next(it)
        b = next(it)
        print("pair", a, b)
        yield a, b

print(list(pairs([1, 2, 3, 4])))
print(list(pairs("abc")))
