"""Unpacking assignment: starred, nested, swaps, iterator consumption, and every error message."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a, b = 1, 2
a, b = b, a
print(a, b)
a, *rest = range(5)
print(a, rest)
*init, last = "hello"
print(init, last)
first, *mid, end = [1, 2]
print(first, mid, end)
(x, y), [z, *w] = (1, 2), "abc"
print(x, y, z, w)
[[p]] = [[42]]
print(p)
k, = {"only": 1}
print(k)
e, f_ = {3, 4}
print(e, f_)

def unpack3(seq):
    a, b, c = seq
    return a, b, c
check(lambda: unpack3([1, 2]))
check(lambda: unpack3([1, 2, 3, 4]))
check(lambda: unpack3([]))
check(lambda: unpack3("ab"))
check(lambda: unpack3(iter(range(10))))
check(lambda: unpack3(5))
check(lambda: unpack3(None))

def star2(seq):
    a, b, *c = seq
    return a, b, c
check(lambda: star2([1]))
check(lambda: star2(iter([1])))
def star_mid(seq):
    a, *b, c, d = seq
    return a, b, c, d
check(lambda: star_mid([1, 2]))
check(lambda: star_mid([1, 2, 3]))
def one(seq):
    (a,) = seq
    return a
check(lambda: one([]))
check(lambda: one([1, 2]))

# order: the right side is fully evaluated before any target is assigned
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)

# targets assigned left to right
log = []
class Rec:
    def __setitem__(self, k, v):
        log.append((k, v))
r = Rec()
r[1], r[2], (r[3], r[4]) = "a", "b", "cd"
print(log)

# generator consumed only as far as needed before the error
def gen():
    for n in range(5):
        print("yield", n)
        yield n
check(lambda: unpack3(gen()))

# starred in a for target and in a list display
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
print([*range(3), *"ab", *{"k": 1}])
print((*[1], *(2, 3)))
print({*"aab", *[1]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
check(lambda: [*5])
check(lambda: {**[1]})
check(lambda: print(*None))
