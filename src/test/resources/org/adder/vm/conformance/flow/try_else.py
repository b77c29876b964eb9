"""try/except/else/finally ordering, multiple except clauses, tuples of types, bare except."""

def run(x):
    log = []
    try:
        log.append("try")
        if x == "value":
            raise ValueError("v")
        if x == "key":
            raise KeyError("k")
        if x == "zero":
            1 / 0
        if x == "index":
            [][0]
    except ValueError as e:
        log.append("ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append(type(e).__name__ + " " + repr(e))
    except:
        log.append("bare except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for x in ("none", "value", "key", "zero", "index"):
    print(x, run(x))

# exception in else is not caught by the same try's handlers
def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("outer caught", e)

# except order: first matching wins, subclass after base is dead
try:
    raise FileNotFoundError("f")
except OSError as e:
    print("OSError clause caught", type(e).__name__)
except FileNotFoundError:
    print("never")

# the except target is deleted at the end of the clause
e = "preset"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

# matching against a non-exception class
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as te:
    print("TypeError:", te)
try:
    try:
        raise ValueError
    except (ValueError.__class__, int):
        pass
except TypeError as te:
    print("TypeError:", te)

# raise of non-exceptions
for bad in (1, "s", object, None):
    try:
        raise bad
    except TypeError as te:
        print("TypeError:", te)

# raising a class instantiates it
try:
    raise KeyError
except KeyError as k:
    print(repr(k), k.args)
