"""Keyword argument order is preserved in **kwargs (call order, merges of several ** mappings), and dict order of annotations/defaults."""

def show(*args, **kwargs):
    return list(kwargs.items())

print(show(b=1, a=2, c=3))
print(show(**{"z": 1, "y": 2}, x=3))
print(show(x=3, **{"z": 1, "y": 2}))
print(show(**{"b": 1}, **{"a": 2}, c=3, **{"d": 4}))
from_kwargs = dict(q=1, p=2)
print(show(**from_kwargs, r=3), list(from_kwargs))

def partial(f, *pargs, **pkw):
    def call(*args, **kw):
        merged = {**pkw, **kw}
        return f(*pargs, *args, **merged)
    return call
p = partial(show, 1, late=0, early=1)
print(p(2, early="override", extra=5))

def ordered(a, b, /, c, *, d, e, **rest):
    return a, b, c, d, e, list(rest)
print(ordered(1, 2, e=5, d=4, c=3, zz=0, aa=1))
print(ordered(*(1, 2, 3), **dict(e=1, d=2)))

# dict(**kw) and sorted(kwargs) show independence from hashing
print(dict(zeta=1, alpha=2, mid=3))
print(sorted(show(zeta=1, alpha=2)))

# keyword names can be any identifier, including non-ASCII
print(show(naïve=1, 名前="x", _private=2))
# keyword arguments that look like keywords must go through **
print(show(**{"class": 1, "def": 2, "1bad": 3}))
