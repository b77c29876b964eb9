"""enumerate and reversed over dict views, sets, strings and ranges; reversed(dict) after insertions and deletions; enumerate length hints; reversed() of objects defining only __len__/__getitem__ raising IndexError early."""
d = {"x": 1, "y": 2, "z": 3}
print(list(enumerate(d)), list(enumerate(d.items(), 1)), list(reversed(d.keys())), list(reversed(d.items())))
d["w"] = 4
del d["x"]
print(list(reversed(d)), list(reversed(d.values())))
rv = reversed(d)
d["v"] = 5
try:
    list(rv)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(enumerate({3, 1, 2})), list(enumerate("ab", -1)), list(enumerate(range(3, 0, -1))))
class Short:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        print("getitem", i)
        if i < 3:
            raise IndexError(i)
        return i
try:
    print(list(reversed(Short())))
except IndexError as e:
    print("IndexError:", e)
r = reversed(range(5))
print(r.__length_hint__(), type(r).__name__, list(r), list(r))
print(list(reversed(list(enumerate("abc")))), dict(enumerate("ab")))
