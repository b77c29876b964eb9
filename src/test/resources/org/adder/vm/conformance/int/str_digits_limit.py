"""int <-> str conversion limit: 4300 digits by default, sys.set_int_max_str_digits / get, exact ValueError messages both directions, power-of-two bases exempt."""
import sys
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        if isinstance(r, int) and r.bit_length() > 200:
            print(f"<int of {r.bit_length()} bits>")
        elif isinstance(r, str) and len(r) > 80:
            print(f"<str of length {len(r)}>")
        else:
            print(repr(r))

print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits, sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
check(lambda: int("9" * 4300))
check(lambda: int("9" * 4301))
check(lambda: int("-" + "9" * 4301))
check(lambda: int("  " + "1" * 4301 + "  "))
check(lambda: int("1_" * 4300 + "1"))
check(lambda: str(10**4299))
check(lambda: str(10**4300))
check(lambda: repr(-(10**4300)))
check(lambda: "%d" % 10**4300)
check(lambda: f"{10**4300}")
check(lambda: int("f" * 5000, 16))
check(lambda: hex(10**5000)[:10])
check(lambda: len(bin(10**5000)))
check(lambda: int("7" * 5000, 8))
check(lambda: int("1" * 5000, 10))
check(lambda: int("1" * 5000, 36))
check(lambda: int(b"1" * 5000))
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
check(lambda: int("1" * 640))
check(lambda: int("1" * 641))
check(lambda: str(10**640))
check(lambda: sys.set_int_max_str_digits(639))
check(lambda: sys.set_int_max_str_digits(-1))
check(lambda: sys.set_int_max_str_digits(1))
check(lambda: sys.set_int_max_str_digits("5"))
check(lambda: sys.set_int_max_str_digits())
check(lambda: sys.set_int_max_str_digits(maxdigits=700))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
check(lambda: len(str(10**10000)))
check(lambda: int("3" * 10000) % 7)
sys.set_int_max_str_digits(4300)
check(lambda: str(10**10000))
