"""Uncaught UnboundLocalError from a function that reads a global it later assigns: the classic counter bug."""

count = 0

def safe_increment():
    global count
    count += 1
    return count

def buggy_increment():
    count += 1
    return count

print(safe_increment(), safe_increment())
print(buggy_increment())
