"""list slice assignment and deletion: growing, shrinking, self-assignment, extended slices with exact-size rule and its errors, step -1, and non-iterable errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a = list(range(10))
a[2:5] = ["x"]
print(a)
a[2:3] = []
print(a)
a[0:0] = "ab"
print(a)
a[len(a):] = [100, 101]
print(a)
a[-2:] = range(3)
print(a)
a[5:2] = ["inserted"]
print(a)
a[:] = a
print(a)
a[1:3] = a
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[::-3] = "QRSTUVWXYZ"[:len(a[::-3])]
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
del a[100:]
print(a)
del a[::-1]
print(a)
b = list(range(6))
b[1:5:2] = (10, 30)
print(b)
b[10:20:2] = []
print(b)
b[-1:-7:-2] = iter("xyz")
print(b)
def assign(lst, sl, val):
    lst[sl] = val
    return lst
check(lambda: assign(list(range(6)), slice(None, None, 2), [1, 2]))
check(lambda: assign(list(range(6)), slice(None, None, 2), [1, 2, 3, 4]))
check(lambda: assign(list(range(6)), slice(None, None, -1), [1]))
check(lambda: assign(list(range(6)), slice(0, 2), 5))
check(lambda: assign(list(range(6)), slice(0, 6, 2), None))
check(lambda: assign(list(range(6)), slice(0, 2, 0), []))
check(lambda: assign(list(range(6)), slice(None, None, 1), 7))
check(lambda: assign(list(range(6)), slice(1, 1, 2), []))
check(lambda: assign(list(range(6)), slice(1, 1, 2), [1]))
check(lambda: assign(list(range(3)), slice("a", None), [1]))
check(lambda: assign([1, 2], 5, 0))
check(lambda: assign([1, 2], -3, 0))
check(lambda: assign([1, 2], "1", 0))
check(lambda: assign([1, 2], 1.0, 0))
def delete(lst, key):
    del lst[key]
    return lst
check(lambda: delete([1, 2], 2))
check(lambda: delete([1, 2], slice(None, None, 0)))
check(lambda: delete([1, 2], "a"))
check(lambda: delete([1, 2, 3], slice(None, None, -2)))
check(lambda: delete([], slice(None)))
