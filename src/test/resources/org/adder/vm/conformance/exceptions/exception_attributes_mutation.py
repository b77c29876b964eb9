"""Mutating exception attributes after raising: args, __traceback__ cleared, __context__ rewritten, __suppress_context__ toggled; effects on str/repr."""

try:
    raise ValueError("original", 1)
except ValueError as e:
    e.args = ("changed",)
    saved = e
print(str(saved), repr(saved))
saved.args = ()
print(repr(str(saved)), repr(saved))
saved.args = (1, 2, 3)
print(str(saved))

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
except IndexError as e:
    err = e
print(repr(err.__context__), err.__suppress_context__)
err.__suppress_context__ = True
print(err.__suppress_context__, repr(err.__context__))
err.__context__ = None
print(err.__context__)
err.__cause__ = ValueError("late cause")
print(repr(err.__cause__), err.__suppress_context__)
err.__traceback__ = None
print(err.__traceback__)

# attributes on builtin exception instances
e = KeyError("k")
e.custom = "attached"
print(e.custom, sorted(vars(e)))
try:
    e.__dict__ = {"replaced": 1}
    print(e.replaced, vars(e))
except TypeError as te:
    print("TypeError:", te)
import sys
try:
    raise e
except KeyError as again:
    print(again is e, again.replaced if hasattr(again, "replaced") else again.custom, sys.exception() is e)
