"""Uncaught ExceptionGroup with a nested group and notes: the boxed traceback display of exception groups."""

def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    return n

def run_all(ns):
    errors = []
    results = []
    for n in ns:
        try:
            results.append(task(n))
        except ValueError as e:
            e.add_note(f"while running task {n}")
            errors.append(e)
    print("results:", results)
    if errors:
        raise ExceptionGroup("some tasks failed", errors + [ExceptionGroup("nested", [KeyError("k")])])

run_all([0, 2])
run_all([1, 2, 3])
