"""Uncaught TypeError from a binary operator deep in a call chain: traceback carets point at the operator expression."""

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __repr__(self):
        return f"Money({self.cents})"

def total(items):
    result = Money(0)
    for item in items:
        result = result + item
    return result

print(total([Money(100), Money(250)]))
print(total([Money(1), Money(2), 3]))
