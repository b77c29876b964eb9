"""Tuple hash values (the xxHash-based tuple hash of 3.8+) for many tuples: nested, with negative ints, -1 elements, strings (PYTHONHASHSEED=0), floats, None and empty tuples; equal tuples hash equal."""
tuples = [(), (0,), (1,), (-1,), (-2,), (1, 2), (2, 1), (1, 2, 3), ((),), ((), ()), (1, (2, (3,))), (None,), (True, False), (1.5, -0.0),
          ("a",), ("a", "b"), ("", ""), (2**61 - 1,), (2**64,), (frozenset(),), (1, 1.0, True), tuple(range(20)), ((1, 2), (3, 4))]
for t in tuples:
    print(repr(t)[:50], hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) == hash((True,)), hash((-1,)) == hash((-2,)), hash(((-1,),)) == hash(((-2,),)))
print(len({hash((i, j)) for i in range(30) for j in range(30)}))
