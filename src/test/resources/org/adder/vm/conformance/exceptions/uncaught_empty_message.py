"""Uncaught exception without a message raised from a nested function: the final line is only the type name."""

class EmptyError(Exception):
    pass

def level3():
    raise EmptyError

def level2():
    level3()

def level1():
    try:
        level2()
    finally:
        print("level1 finally")

print(repr(EmptyError()), str(EmptyError()) == "")
level1()
