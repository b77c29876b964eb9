"""Statements that do nothing and minimal bodies: pass, ..., docstring-only functions and classes, empty loops, expression statements evaluated for side effects."""

def only_pass():
    pass
def only_ellipsis():
    ...
def only_doc():
    """Just a docstring."""
class Empty:
    pass
class DocOnly:
    "Class docstring."
print(only_pass(), only_ellipsis(), only_doc(), only_doc.__doc__, Empty.__doc__, DocOnly.__doc__)
print(only_pass.__code__.co_consts, only_ellipsis.__code__.co_consts, only_doc.__code__.co_consts)

for _ in range(3):
    pass
while False:
    pass
print("loops with pass bodies done, _ =", _)

log = []
def effect(v):
    log.append(v)
    return v
effect(1)
effect(2) + effect(3)
[effect(4)]
effect(5) if effect(6) else effect(7)
not effect(0)
...
"a bare string statement"
42
print(log)

try:
    pass
except Exception:
    pass
else:
    print("else after an empty try")
finally:
    pass
with open(__file__) as fh:
    pass
print(fh.closed, ... is Ellipsis, type(...).__name__, repr(...), str(Ellipsis))
if True:
    pass
elif False:
    ...
else:
    pass
print(bool(...), ... == ..., [...][0] is ...)
