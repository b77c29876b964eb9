"""Uncaught exception whose __str__ itself raises: the traceback prints a placeholder instead of the message."""

class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str failed")

e = Broken("payload")
print(repr(e), e.args)
try:
    str(e)
except RuntimeError as err:
    print("str() raised:", err)
raise Broken("payload")
