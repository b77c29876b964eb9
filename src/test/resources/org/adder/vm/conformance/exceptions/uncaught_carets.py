"""Uncaught ZeroDivisionError inside a multi-part expression: traceback caret/tilde markers under the failing binary operation."""

def ratio(values):
    total = sum(values)
    count = len([v for v in values if v > 100])
    return total * 2 + (total // count) - 1

print(ratio([150, 200, 50]))
print(ratio([1, 2, 3]))
