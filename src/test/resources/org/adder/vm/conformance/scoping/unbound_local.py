"""UnboundLocalError and free-variable NameErrors: messages, assignment anywhere in the function makes a name local, del, conditional assignment."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

g = "global"
def read_before_assign():
    print(g)
    g = 1
check(read_before_assign)

def assign_in_branch(flag):
    if flag:
        v = "set"
    return v
check(lambda: assign_in_branch(True))
check(lambda: assign_in_branch(False))

def augmented():
    g += "x"
check(augmented)

def deleted():
    a = 1
    del a
    return a
check(deleted)

def loop_never_runs():
    for item in []:
        pass
    return item
check(loop_never_runs)

def except_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
check(except_var_cleared)

def import_like_assignment():
    def g():
        pass
    return g
print(import_like_assignment().__name__)

def free_unbound():
    def inner():
        return late
    r = None
    try:
        inner()
    except NameError as e:
        r = f"{type(e).__name__}: {e}"
    late = 1
    return r, inner()
print(free_unbound())

def free_deleted():
    cell = 1
    def inner():
        return cell
    del cell
    return inner()
check(free_deleted)

def nonlocal_unbound():
    def inner():
        nonlocal x
        x += 1
    inner_result = None
    try:
        inner()
    except NameError as e:
        inner_result = f"{type(e).__name__}: {e}"
    x = 0
    return inner_result
print(nonlocal_unbound())

# UnboundLocalError is a NameError; its name attribute
try:
    read_before_assign()
except NameError as e:
    print(isinstance(e, UnboundLocalError), e.name)

# class body equivalent raises NameError for a missing global
def in_class():
    class K:
        missing_value
check(in_class)
def while_else_unbound():
    while False:
        w = 1
    else:
        return w
check(while_else_unbound)
def with_target_unbound():
    class CM:
        def __enter__(self): raise RuntimeError("enter failed")
        def __exit__(self, *a): pass
    try:
        with CM() as t:
            pass
    except RuntimeError:
        pass
    return t
check(with_target_unbound)
