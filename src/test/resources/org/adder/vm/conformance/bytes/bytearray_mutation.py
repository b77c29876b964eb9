"""bytearray mutation: item and slice assignment (incl. extended slices and their size errors), del, append extend insert pop remove clear reverse copy, += *=, and errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a = bytearray(b"hello")
a[0] = 74
print(a)
a[1:3] = b"EE"
print(a)
a[1:3] = b""
print(a)
a[1:1] = bytearray(b"123")
print(a)
a[::2] = b"xyz"
print(a)
a[-1:] = [65, 66]
print(a)
a[2:4] = memoryview(b"MV")
print(a)
del a[0]
print(a)
del a[::2]
print(a)
del a[10:20]
print(a)
a.append(33)
a.extend(b"ab")
a.extend([1, 2])
a.extend(iter(range(3)))
a.extend(bytearray(b"z"))
print(a)
a.insert(0, 48)
a.insert(-1, 49)
a.insert(100, 50)
a.insert(-100, 51)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord("!"))
print(a)
a.reverse()
print(a)
c = a.copy()
c[0] = 0
print(a[0] != c[0], type(c).__name__)
a += b"++"
print(a)
a *= 2
print(a)
a.clear()
print(a, len(a))
s = bytearray(b"abcdef")
check(lambda: s.__setitem__(slice(None, None, 2), b"xy"))
check(lambda: s.__setitem__(slice(None, None, -1), b"xy"))
check(lambda: s.__setitem__(0, 256))
check(lambda: s.__setitem__(0, -1))
check(lambda: s.__setitem__(0, b"a"))
check(lambda: s.__setitem__(10, 1))
check(lambda: s.__setitem__(slice(0, 2), 5))
check(lambda: s.__setitem__(slice(0, 2), "ab"))
check(lambda: s.__setitem__(slice(0, 2), [1, 300]))
check(lambda: s.__delitem__(10))
check(lambda: s.pop(10))
check(lambda: bytearray().pop())
check(lambda: s.remove(120))
check(lambda: s.remove(300))
check(lambda: s.insert(0, 256))
check(lambda: s.insert("0", 1))
check(lambda: s.append(b"a"))
check(lambda: s.append(256))
check(lambda: s.extend(5))
check(lambda: s.extend("str"))
check(lambda: s.extend([1, "a"]))
print(s)
s[1:4] = s
print(s)
s[::-1] = s
print(s)
check(lambda: bytearray(b"ab").__iadd__("x"))
check(lambda: bytearray(b"ab").__imul__(1.5))
t = bytearray(b"abc")
t *= 0
print(t)
