"""Retry loops with exceptions: attempts counted, context chaining across iterations does not accumulate, last error re-raised with a note."""

attempts = []
def flaky(n):
    attempts.append(n)
    if n < 3:
        raise ConnectionError(f"attempt {n} failed")
    return f"succeeded on attempt {n}"

for i in range(5):
    try:
        result = flaky(i)
    except ConnectionError as e:
        print("retrying after:", e, "| context:", repr(e.__context__))
        continue
    else:
        print(result)
        break
print(attempts)

def always_fails(n):
    raise TimeoutError(f"timeout #{n}")

def retry(f, times):
    last = None
    for i in range(times):
        try:
            return f(i)
        except OSError as e:
            last = e
    last.add_note(f"gave up after {times} attempts")
    raise last

try:
    retry(always_fails, 3)
except TimeoutError as e:
    print(type(e).__name__, e, e.__notes__, repr(e.__context__))

# exceptions raised in an except clause inside a loop do chain to the handled one
errors = []
for i in range(3):
    try:
        try:
            raise ValueError(i)
        except ValueError:
            raise KeyError(i)
    except KeyError as k:
        errors.append((repr(k), repr(k.__context__), repr(k.__context__.__context__)))
for e in errors:
    print(e)
