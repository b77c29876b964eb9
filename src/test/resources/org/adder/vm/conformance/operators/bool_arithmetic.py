"""bool as an int subclass: arithmetic and bitwise results and their types, comparisons, hashing, indexing with bools, ~bool deprecation-free checks."""

print(True + 1, True - True, True * True, True / True, True // 2, True % 2, True ** 2, -True, +True, abs(False))
print(type(True + True).__name__, type(True & True).__name__, type(True | 0).__name__, type(False ^ True).__name__, type(True << 1).__name__)
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False, True & 3, 2 | True)
print(True == 1, False == 0, 1.0 == True, True < 2, False < True, sorted([True, False, 0, 1, -1]))
print(hash(True) == hash(1), {True: "a", 1: "b"}, {1: "x", True: "y"}, {0, False, 0.0}, len({True, 1, 1.0}))
print(["no", "yes"][True], "abc"[False], (10, 20)[True], [0, 1, 2][True:], "xyz"[True::True])
print(sum([True, True, False]), max(True, 0), min(False, -1), int(True), float(False), complex(True), str(True), repr(False))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("False"), bool([]), bool(None), bool(()), bool(b"\0"))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), False.bit_length(), True.conjugate(), (True).as_integer_ratio())
print(isinstance(True, int), issubclass(bool, int), type(True).__mro__, bool.__bases__)
try:
    class SubBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print("TypeError:", e)
print(bool.__new__(bool, [1]), bool.__new__(bool), format(True, "d"), format(True, ">6"), f"{False!r:>7}", "%d %s" % (True, True))
print(True.__and__(1), True.__and__(True), (1).__and__(True), True.__or__(2), True.__xor__(True), True.__rand__(False))
