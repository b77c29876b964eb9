"""bytes/bytearray operators: indexing gives ints, slicing with steps, +, *, comparisons (incl. mixed bytes/bytearray), hash, and the error messages."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

b = b"0123456789"
ba = bytearray(b)
print(b[0], b[-1], b[2:5], b[::-1], b[1::3], b[8:2:-2], ba[0], ba[::2], type(ba[1:3]).__name__, b[100:], b[-100:2])
print(b + b"x", b + bytearray(b"y"), bytearray(b"y") + b, b + memoryview(b"mv"), b * 2, 0 * b, b * -1, ba * 2, 3 * bytearray(b"z"))
print(b"a" < b"b", b"a" < b"ab", b"" < b"\x00", b"\xff" > b"\x7f", b"ab" == bytearray(b"ab"), bytearray(b"a") < b"b", b"a" == "a")
print(hash(b"") == hash(b""), hash(b"abc") == hash(b"abc"), sorted([b"b", b"a", b"", b"ab", bytearray(b"aa")]))
check(lambda: b[10])
check(lambda: ba[-11])
check(lambda: b["a"])
check(lambda: ba[1.0])
check(lambda: b[::0])
check(lambda: b + "s")
check(lambda: "s" + b)
check(lambda: b + 1)
check(lambda: ba + [1])
check(lambda: b * 1.5)
check(lambda: b < "a")
check(lambda: b < 1)
check(lambda: hash(bytearray(b"a")))
check(lambda: {bytearray(b"x"): 1})
check(lambda: b * (2**62))
check(lambda: setattr(b, "x", 1))
def setitem():
    x = b"abc"
    x[0] = 1
check(setitem)
print(list(b"\x00\xffA"), list(reversed(b"abc")), max(b"abc"), sum(b"\x01\x02"), b"abc".__len__(), bytes(reversed(b"xyz")))
print(b"%s" % b"" == b"", bytes.__getitem__(b"ab", 1), bytearray.__getitem__(bytearray(b"ab"), slice(0, 1)))
