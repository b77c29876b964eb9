"""Iterator composition without itertools: nested map/filter/zip/enumerate/reversed pipelines, iterators sharing an underlying iterator (zip(it, it) pairs), partially consumed iterators reused, and iter() of iterators being identity."""
it = iter(range(10))
print(list(zip(it, it)))
it = iter("abcdefg")
print(next(it), list(zip(it, it, it)), list(it))
nums = range(20)
pipeline = map(lambda t: t[0] * t[1], enumerate(filter(lambda n: n % 3 == 0, reversed(nums))))
print(list(pipeline))
src = iter([1, 2, 3, 4, 5, 6])
evens = filter(lambda n: n % 2 == 0, src)
print(next(evens), next(src), list(evens), list(src))
m = map(str, range(3))
print(iter(m) is m, list(m), list(m))
z = zip("ab", range(5))
print(list(z), list(z))
e = enumerate(map(str.upper, "xyz"), start=-1)
print(list(e))
nested = [[1, 2], [3], [], [4, 5, 6]]
flat = [x for sub in nested for x in sub]
print(flat, sum(nested, []), list(map(len, nested)), max(nested, key=len), list(filter(None, nested)))
rows = [(1, "a"), (2, "b"), (3, "c")]
cols = list(zip(*rows))
print(cols, list(zip(*cols)) == rows)
print(dict(zip("abc", map(ord, "abc"))), list(map(pow, range(4), reversed(range(4)))), list(map(divmod, [7, 8], [2, 3])))
