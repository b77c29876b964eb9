"""list with builtins: min/max/sum/any/all over lists, sorted of tuples, list equality with subclass, list.__class_getitem__, __contains__ identity shortcut, list comprehension scoping."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

nums = [4, -2, 7.5, 0, True]
print(min(nums), max(nums), sum(nums), any(nums), all(nums), sorted(nums), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (2, "a")]), max(["b", "ab"], key=len), min([], default="none"))
check(lambda: sum(["a", "b"], ""))
check(lambda: sum([b"a"], b""))
check(lambda: sum([bytearray(b"a")], bytearray()))
check(lambda: sum([1, "a"]))
check(lambda: max([]))
check(lambda: min([1, "a"]))
print(list[int], list[int] == list[int], type(list[int]).__name__, list[int]([1, 2]), repr(list[str, int]))
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst, lst.count(nan), lst.index(nan))
x = 10
print([x for x in range(3)], x)
print([[i, j] for i in range(2) for j in range(i, 2)], [i for i in range(6) if i % 2 if i > 1])
print([(lambda: i)() for i in range(3)], [f() for f in [lambda: i for i in range(3)]])
check(lambda: [i for i in 5])
check(lambda: [undefined for i in [1]])
