"""Slice assignment and deletion on lists: growing, shrinking, extended slices, negative steps, self-assignment, and error messages."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def run(expr_fn):
    l = list(range(6))
    expr_fn(l)
    return l

check(lambda: run(lambda l: l.__setitem__(slice(1, 3), ["a", "b", "c", "d"])))
check(lambda: run(lambda l: l.__setitem__(slice(1, 5), [])))
check(lambda: run(lambda l: l.__setitem__(slice(3, 3), "xyz")))
check(lambda: run(lambda l: l.__setitem__(slice(None, None, 2), "ABC")))
check(lambda: run(lambda l: l.__setitem__(slice(None, None, -2), "ABC")))
check(lambda: run(lambda l: l.__setitem__(slice(None, None, 2), "AB")))
check(lambda: run(lambda l: l.__setitem__(slice(10, 20), [7])))
check(lambda: run(lambda l: l.__setitem__(slice(-2, None), range(3))))
check(lambda: run(lambda l: l.__setitem__(slice(4, 1), ["ins"])))
check(lambda: run(lambda l: l.__setitem__(slice(0, 2), 5)))
check(lambda: run(lambda l: l.__setitem__(slice(0, 6, 0), [])))

l = [1, 2, 3]
l[:] = l
print(l)
l[1:1] = l
print(l)
l[::-1] = l
print(l)
l = [0, 1, 2, 3, 4, 5, 6]
del l[1::3]
print(l)
del l[::-1]
print(l)
l = list(range(10))
l[2:8:3] = ["x", "y"]
print(l)
l[-1:-4:-1] = (7, 8, 9)
print(l)

# slice objects with huge or negative bounds clamp
l = list(range(5))
print(l[-100:100], l[3:-100], l[::-1], l[-1:-6:-2], l[5:], l[:0], l[1:4:-1])
print("abcdef"[::-2], "abcdef"[100:], (1, 2, 3)[-2:], range(10)[2:8:3], range(10)[::-1])
s = slice(-3, None, 2)
print(s.indices(10), s.indices(2), slice(None, None, -1).indices(4))
check(lambda: slice(1, 2, 0).indices(5))
check(lambda: slice(1).indices(-1))
check(lambda: "abc"[::0])
check(lambda: (1, 2).__setitem__(slice(0, 1), [5]))
t = "string"
check(lambda: t.__setitem__(0, "S"))
def item_assign(obj):
    obj[0] = "S"
check(lambda: item_assign(t))
check(lambda: item_assign((1, 2)))
check(lambda: item_assign(range(3)))
