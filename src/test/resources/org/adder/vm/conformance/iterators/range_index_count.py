"""range membership, index and count with non-int arguments: floats, bools, int subclasses, objects with __eq__ (fall back to iteration), huge values; and range equality/hash with negative steps."""
class Eq3:
    def __eq__(self, o):
        print("Eq3.__eq__", o)
        return o == 3
class MyInt(int):
    pass
r = range(0, 10, 3)
print(3 in r, 3.0 in r, 4.0 in r, True in range(2), MyInt(6) in r, "3" in r, None in r)
print(Eq3() in range(5))
print(r.index(MyInt(6)), r.count(3.0), r.count(True), range(2).count(True), r.count(Eq3()))
try:
    r.index(3.5)
except ValueError as e:
    print("ValueError:", e)
try:
    r.index(4)
except ValueError as e:
    print("ValueError:", e)
big = range(-10**20, 10**20, 7)
print(0 in big, 7 * 10**18 in big, (7 * 10**18 + 1) in big, big.index(-10**20 + 70), big.count(-10**20))
print(range(10, 0, -2) == range(10, 1, -2), range(10, 0, -2) == range(10, 0, -3), hash(range(10, 0, -2)) == hash(range(10, 1, -2)))
print(range(0, 1, 5) == range(0, 1, 10), range(1, 1) == range(5, 2), len(range(10, 0, -3)), list(range(10, 0, -3)), range(10, 0, -3)[-1])
print(range(5)[MyInt(2)], range(5)[True], range(5)[-1:-6:-2], range(3).__reversed__().__next__())
