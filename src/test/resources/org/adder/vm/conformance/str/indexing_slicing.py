"""str: indexing and slicing with steps, negative indices, out-of-range bounds, huge indices, astral characters, and the error messages."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "0123456789"
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, -1), slice(None, None, 2), slice(1, None, 3),
           slice(8, 2, -2), slice(2, 8, -1), slice(-1, -11, -1), slice(-1, -12, -1), slice(100, None, -3), slice(-100, 100),
           slice(5, 5), slice(7, 3), slice(None, None, 100), slice(None, None, -100), slice(3, -3, 1), slice(-2**70, 2**70, 2**70)]:
    print(sl, repr(s[sl]))
print([s[i] for i in (0, 9, -1, -10)], s[3:][2:][::-1], s[::-1][::-1] == s)
u = "a😀bé𝄞c"
print(len(u), [u[i] for i in range(-len(u), len(u))], u[::-1], u[1:4], u[::2], u[-2:])
check(lambda: s[10])
check(lambda: s[-11])
check(lambda: s[2**70])
check(lambda: s[1.0])
check(lambda: s["1"])
check(lambda: s[None])
check(lambda: s[::0])
check(lambda: s[1:2:0])
check(lambda: s[1.0:2])
check(lambda: s["a":])
check(lambda: s[(1, 2)])
check(lambda: s[True])
check(lambda: s[False:True])
check(lambda: "".__getitem__(0))
check(lambda: s.__getitem__(slice(1, 3)))
check(lambda: setattr(s, "x", 1))
def assign():
    t = "abc"
    t[0] = "x"
check(assign)
def delete():
    t = "abc"
    del t[0]
check(delete)
check(lambda: len(s[2**62:]))
check(lambda: iter(u).__next__())
it = iter("ab")
print(next(it), next(it), next(it, "end"), list(it))
