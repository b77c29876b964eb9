"""Order of results from dict view set operations (they build sets, so set order applies), reversed views after deletions, views of empty dicts, and view reprs for nested and recursive dicts."""
d = {n: str(n) for n in (5, 3, 9, 1, 7, 12, 40, -1)}
k = d.keys()
print(k & {1, 9, 40, 100}, k | {0, 2}, k - {3, 5}, k ^ {7, 8}, {100, 1} & k, k | [100, 2])
print(d.items() & {(1, "1"), (2, "2")}, d.items() - {(5, "5")}, list(reversed(d.items()))[:3])
del d[9]
d[9] = "again"
print(list(reversed(d)), list(reversed(d.values())))
e = {}
print(e.keys(), e.values(), e.items(), list(reversed(e)), e.keys() & set(), e.keys() == set(), e.items() | set())
r = {"a": 1}
r["self"] = r
print(r.keys(), r.values(), r.items())
print({"x": [1, {"y": ()}]}.items(), {1: {2: {3: {}}}}.values())
