"""set/frozenset subclasses and protocol details: operators on subclasses return base types, __init__ of set subclasses re-initialises, frozenset __new__ vs __init__, set.__contains__ converting unhashable sets, comparisons with user __eq__."""
class S(set):
    def __init__(self, *args):
        print("S.__init__", args)
        super().__init__(*args)
class F(frozenset):
    def __new__(cls, *args):
        print("F.__new__", args)
        return super().__new__(cls, *args)
s = S([1, 2])
print(type(s | {3}).__name__, type(s & {1}).__name__, type(s.copy()).__name__, type(s - s).__name__, s)
s.__init__([9])
print(s)
f = F([1])
print(type(f | {2}).__name__, type(f.copy()).__name__, f.copy() is f, type(frozenset(f)).__name__, f)
print({1, 2} == S([1, 2]), S([1]) == frozenset([1]), {frozenset({1})} == {F([1])})
print({1, 2} in [S([1, 2])], {1, 2} in {frozenset({1, 2})}, frozenset({1, 2}) in {frozenset({1, 2}): "x"})
try:
    {1, 2} in {frozenset({1, 2}): "x"}
except TypeError as e:
    print("TypeError:", e)
class AlwaysEqual:
    def __eq__(self, o):
        print("AlwaysEqual.__eq__", type(o).__name__)
        return True
    __hash__ = None
print({1} == AlwaysEqual(), AlwaysEqual() == {1})
try:
    {AlwaysEqual()}
except TypeError as e:
    print("TypeError:", e)
g = set()
g.update(S([5]), F([6]), [7], "8", {9: None})
print(g)
