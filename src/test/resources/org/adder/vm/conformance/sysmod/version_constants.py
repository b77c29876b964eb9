"""Language-level sys constants: version_info, hexversion, maxsize, maxunicode, float_info, int_info, hash_info, byteorder-free values."""
import sys

vi = sys.version_info
print(vi[:3], vi.major, vi.minor, vi.micro, vi.releaselevel, vi.serial, len(vi), type(vi).__name__)
print(vi >= (3, 12), vi < (3, 13), vi == (3, 12, 1, "final", 0), tuple(vi))
print(hex(sys.hexversion), sys.hexversion >> 24, (sys.hexversion >> 16) & 0xFF)
print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
print(sys.maxunicode, hex(sys.maxunicode), chr(sys.maxunicode) == "\U0010ffff")
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(type(fi).__name__, len(fi), fi[0] == fi.max)
ii = sys.int_info
print(ii.default_max_str_digits, ii.str_digits_check_threshold, type(ii).__name__)
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.cutoff)
print(sys.float_repr_style)
print(sys.flags.optimize, sys.flags.debug, sys.flags.inspect, type(sys.flags).__name__)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    type(sys.version_info)()
except TypeError as e:
    print("TypeError:", e)
print(vi.count(3), vi.index(12))
