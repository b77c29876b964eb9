"""break and continue inside except and else clauses of a try within loops; the exception state is cleared when leaving the handler."""
import sys

out = []
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
    except ValueError:
        out.append(f"odd {i}")
        continue
    else:
        out.append(f"even {i}")
        if i == 4:
            break
    finally:
        out.append(f"f{i}")
print(out)
print("exception cleared:", sys.exception())

i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        print("stop at", i, "inside handler:", type(sys.exception()).__name__)
        break
print("after loop:", sys.exception())

for outer in range(2):
    for inner in range(3):
        try:
            1 / (inner - 1)
        except ZeroDivisionError:
            print("division by zero at", outer, inner, "-> break inner")
            break
        finally:
            print("finally", outer, inner)
    else:
        print("never: inner always breaks")
