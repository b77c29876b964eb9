"""sys.exit(int) caught and inspected, then re-raised with status 3: exit status compared, nothing on stderr."""
import sys

for arg in ((), (0,), (None,), (7,), ("text",), ((1, 2),)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "->", repr(e.code), e.args)

try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args code:", e.code)

def deep(n):
    try:
        if n == 0:
            sys.exit(3)
        deep(n - 1)
    finally:
        print("unwinding", n)

deep(3)
print("never")
