"""except* over deeply nested exception groups: structure preserved in each matched part, notes and tracebacks copied, unmatched re-raised with structure."""

def build():
    inner = ExceptionGroup("inner", [ValueError("v1"), TypeError("t1")])
    inner.add_note("inner note")
    middle = ExceptionGroup("middle", [inner, ValueError("v2"), KeyError("k1")])
    return ExceptionGroup("outer", [middle, TypeError("t2"), OSError("o1")])

try:
    try:
        raise build()
    except* ValueError as g:
        print("values:", repr(g))
        print("   notes kept:", [getattr(e, "__notes__", None) for e in g.exceptions[0].exceptions if isinstance(e, ExceptionGroup)])
    except* TypeError as g:
        print("types:", repr(g))
    except* KeyError as g:
        print("keys:", repr(g))
except ExceptionGroup as rest:
    print("rest:", repr(rest))

def leaves(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
print([repr(e) for e in leaves(build())])

# the same leaf objects appear in the split parts (not copies)
g = build()
m, r = g.split(ValueError)
orig = list(leaves(g))
print([any(x is y for y in orig) for x in leaves(m)], [any(x is y for y in orig) for x in leaves(r)])
print(m.__traceback__ is g.__traceback__, m.__context__ is g.__context__, m.__cause__ is g.__cause__)

# raising a brand-new group from inside except*
try:
    try:
        raise ExceptionGroup("src", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("replacement", [IndexError(2)])
except ExceptionGroup as e:
    print(repr(e))
    print(repr(e.exceptions[0].__context__))
