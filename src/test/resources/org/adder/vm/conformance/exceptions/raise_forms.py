"""raise statement forms: class vs instance, bare raise outside handler, raise in nested function after handler, raising exception subclasses with failing __init__."""

def check(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e), "| context:", repr(e.__context__))
    else:
        print("no exception")

def bare_outside():
    raise
check(bare_outside)

def bare_in_nested():
    try:
        raise ValueError("outer")
    except ValueError:
        def inner():
            raise
        inner()
check(bare_in_nested)

def raise_class():
    raise IndexError
check(raise_class)

class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
def raise_class_needing_args():
    raise NeedsArgs
check(raise_class_needing_args)

class InitFails(Exception):
    def __init__(self):
        raise RuntimeError("constructor failed")
def raise_failing():
    raise InitFails
check(raise_failing)

class NotAnException:
    pass
def raise_instance_of_other():
    raise NotAnException()
check(raise_instance_of_other)

class NewReturnsOther(Exception):
    def __new__(cls):
        return 5
def raise_bad_new():
    raise NewReturnsOther
check(raise_bad_new)

def raise_after_handled():
    try:
        raise KeyError("k")
    except KeyError:
        pass
    raise
check(raise_after_handled)

def raise_in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise ValueError("in else")
check(raise_in_else)

def reraise_modified():
    try:
        raise ValueError("original")
    except ValueError as e:
        e.args = ("modified",)
        raise
check(reraise_modified)

def raise_caught_later():
    err = None
    try:
        raise TypeError("kept")
    except TypeError as e:
        err = e
    raise err
check(raise_caught_later)

# raising inside a lambda via a generator throw
def throw_in_gen():
    def g():
        yield
    gen = g()
    next(gen)
    gen.throw(ValueError("thrown"))
check(throw_in_gen)
def raise_stop_iteration_plain():
    raise StopIteration("plain function is fine")
check(raise_stop_iteration_plain)
