"""Uncaught AttributeError whose traceback shows the "Did you mean" suggestion (computed when the traceback is printed)."""

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
        return self.balance

acct = Account("ann")
print(acct.deposit(10))
try:
    acct.balanse
except AttributeError as e:
    # str() does not include the suggestion; only the traceback display does
    print("caught:", e)
print(acct.deposti(5))
