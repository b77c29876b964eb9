"""int: & | ^ ~ on negative and big operands (infinite two's complement semantics)."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

vals = [0, 1, -1, 6, -6, 255, -256, 2**64 - 1, -(2**64), 2**70 + 12345, -(2**70) - 12345]
for a in vals:
    print(a, ~a, [a & b for b in vals[:6]], [a | b for b in vals[6:]], [a ^ b for b in (-1, 3, -(2**65))])
print(-(2**100) & (2**100 - 1), -(2**100) | (2**100 - 1), -(2**100) ^ -(2**99))
print(~True, ~False, True & 3, True | 2, True ^ True, type(True & True), type(True & 1), True ^ False)
check(lambda: 1 & 1.0)
check(lambda: 1.0 | 1)
check(lambda: ~1.5)
check(lambda: 1 ^ "a")
check(lambda: 1 & None)
check(lambda: ~"a")
print(int.__and__(12, 10), int.__or__(12, 10), int.__xor__(12, 10), int.__invert__(12), int.__rand__(12, -1))
print(int.__and__(1, 2.0))
x = 0b1111
x &= 0b1010
x |= 0b10000
x ^= -1
print(x, bin(x), hex(x), oct(x))
