"""float: an uncaught ValueError raised while handling ZeroDivisionError (implicit chaining, "During handling ..." traceback), exit 1."""
def ratio(a, b):
    return a / b

def safe_ratio(a, b):
    try:
        return ratio(a, b)
    except ZeroDivisionError:
        print("zero division for", a, b)
        return float(f"{a}/{b}")

print(safe_ratio(1.0, 4.0))
print(safe_ratio(-0.0, 2.0))
print(safe_ratio(1.5, 0.0))
