"""int literal forms (hex, octal, binary, underscores, leading zeros rejected), sys.maxsize and sys.int_info fields, int attribute introspection, and literal SyntaxErrors compiled via eval."""
import sys
print(0x_ff, 0o_17, 0b_1010, 1_000_000, 0XAB, 0O7, 0B1, 00, 0_0, 123_456_789_012_345_678_901_234_567_890)
print(sys.maxsize == 2**63 - 1, sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(type(sys.int_info).__name__, len(sys.int_info), sys.int_info[0])
for src in ["012", "0x", "0b2", "0o8", "1__2", "1_", "0_x1", "0xg", "09", "1e", "0b", "1 2", "0x_", "1_000_"]:
    try:
        print(src, "->", eval(src))
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
print(int.__name__, int.__qualname__, int.__module__, int.__bases__, int.__base__, bool.__base__)
print(int.__doc__.splitlines()[0])
print((255).__index__(), (255).__int__(), int.__add__.__name__, int.__add__.__qualname__, int.bit_length.__qualname__)
print(int.__text_signature__, int.to_bytes.__text_signature__, int.from_bytes.__text_signature__, int.bit_count.__text_signature__)
