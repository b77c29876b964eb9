"""Higher-order functions: functions returning functions, currying, composition chains, map/filter/sorted with key functions and lambdas, reduce by hand."""

def curry(f, n):
    def take(args):
        if len(args) == n:
            return f(*args)
        return lambda x: take(args + (x,))
    return take(())
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3("a")("b")("c"))

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
pipeline = compose(str, lambda x: x * 2, abs)
print(pipeline(-21), repr(pipeline(-21)))

def reduce(f, items, initial):
    acc = initial
    for i in items:
        acc = f(acc, i)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda a, b: b + a, "abc", ""))

people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0].title(), filter(lambda p: p[1] > 20, people))))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
print(sorted("Banana apple Cherry".split(), key=str.lower), sorted([3, -1, 2], key=abs, reverse=True))

def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    count.counts = counts
    return count
c = counter_factory()
for w in "a b a c a b".split():
    c(w)
print(c.counts)
apply_n = lambda f, n: (lambda x: x if n == 0 else apply_n(f, n - 1)(f(x)))
print(apply_n(lambda v: v * 2, 10)(1))
