"""dict | and |= (right side wins, order), with non-dict operands and their errors, |= accepting iterables of pairs, equality and comparison errors, nested and recursive reprs."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a | {}, {} | a, a)
c = dict(a)
c |= b
print(c)
c |= [("w", 0), ("x", -1)]
print(c)
c |= {"x": 100}.items()
print(c)
check(lambda: a | [("k", 1)])
check(lambda: [("k", 1)] | a)
check(lambda: a | None)
check(lambda: a | a.keys())
def ior_bad():
    d = {}
    d |= 5
check(ior_bad)
def ior_bad_seq():
    d = {}
    d |= [(1, 2, 3)]
check(ior_bad_seq)
check(lambda: a < b)
check(lambda: a <= a)
check(lambda: a > {})
print(a == {"y": 2, "x": 1}, a != b, {1: 1.0} == {1.0: 1}, {} == {}, {"a": [1]} == {"a": [1]}, a == [("x", 1)])
nan = float("nan")
print({1: nan} == {1: nan}, {nan: 1} == {nan: 1})
class E:
    def __eq__(self, o):
        print("E.__eq__")
        return True
    __hash__ = object.__hash__
e = E()
print({1: E()} == {1: 5}, {1: e} == {1: e})
r = {"k": {"nested": [1, {"deep": (2,)}]}}
r["self"] = r
r["k"]["up"] = r
print(r)
print(repr({1: {}}), repr({(): ()}), repr({"": ""}), repr({None: None}), str({1.5: -0.0}))
