"""builtins: an uncaught ExceptionGroup with nested groups, notes and a chained cause (the boxed traceback format), after except* handled part of it; exit 1."""
def validate(values):
    errors = []
    for i, v in enumerate(values):
        try:
            if not isinstance(v, int):
                raise TypeError(f"item {i}: expected int, got {type(v).__name__}")
            if v < 0:
                raise ValueError(f"item {i}: negative value {v}")
        except Exception as e:
            e.add_note(f"while validating position {i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)

try:
    validate([1, -2, "x"])
except* ValueError as eg:
    print("handled ValueErrors:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("handled TypeErrors:", [str(e) for e in eg.exceptions])

def outer():
    try:
        validate([-1, None, 2.5])
    except ExceptionGroup as eg:
        raise ExceptionGroup("outer", [eg, KeyError("missing")]) from RuntimeError("root cause")

outer()
