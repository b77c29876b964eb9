"""sys.intern identity and errors; sys.get_int_max_str_digits/set_int_max_str_digits limits on int<->str conversion and their messages."""
import sys

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a = sys.intern("".join(["inter", "ned string"]))
b = sys.intern("interned " + "string"[0:0] + "string")
print(a is b, a == b)
check(lambda: sys.intern(5))
check(lambda: sys.intern(b"bytes"))
class S(str): pass
check(lambda: sys.intern(S("sub")))

print(sys.get_int_max_str_digits())
big = 10 ** 5000
check(lambda: len(str(big)))
check(lambda: int("1" * 5000))
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)))
sys.set_int_max_str_digits(640)
check(lambda: str(10 ** 640))
check(lambda: str(10 ** 639))
check(lambda: int("9" * 641))
check(lambda: len(hex(10 ** 700)))
check(lambda: int("f" * 700, 16) > 0)
check(lambda: sys.set_int_max_str_digits(100))
check(lambda: sys.set_int_max_str_digits(-1))
check(lambda: sys.set_int_max_str_digits("x"))
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 10000)))
sys.set_int_max_str_digits(4300)
check(lambda: f"{10 ** 4300}")
check(lambda: repr(10 ** 4299)[:3])
check(lambda: "%d" % 10 ** 5000)
