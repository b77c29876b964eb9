"""Uncaught AssertionError with a message from a helper function: traceback shows the assert statement line."""

def check_invariants(balance, history):
    assert balance >= 0, f"negative balance {balance}"
    assert sum(history) == balance, "history does not add up"
    return True

print(check_invariants(10, [5, 5]))
try:
    check_invariants(-1, [])
except AssertionError as e:
    print("caught:", e)
check_invariants(3, [1, 1])
