"""add_note and __notes__: accumulation, type checks, notes on re-raise, notes shown in the traceback of the final uncaught exception."""

e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print("TypeError:", t)
try:
    e.add_note()
except TypeError as t:
    print("TypeError:", t)
e.__notes__ = ["replaced"]
e.add_note("appended")
print(e.__notes__)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as t:
    print("TypeError:", t)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)

def process(item):
    try:
        return 10 / item
    except ZeroDivisionError as err:
        err.add_note(f"while processing item {item!r}")
        raise

results = []
for item in (5, 0, 2):
    try:
        results.append(process(item))
    except ZeroDivisionError as err:
        print("caught:", err, err.__notes__)
print(results)

# notes appear after the message in the uncaught traceback, also for chained exceptions
def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as k:
        k.add_note(f"known keys: ['a']")
        err = LookupError(f"cannot load {name}")
        err.add_note("hint: check the configuration")
        err.add_note("second hint")
        raise err from k

print(load("a"))
load("b")
