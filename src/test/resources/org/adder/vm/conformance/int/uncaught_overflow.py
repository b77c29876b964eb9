"""int: an uncaught OverflowError from int-to-float conversion inside nested calls ends the program (traceback with carets, exit 1)."""
def scale(n):
    return n * 0.5

def compute(values):
    out = []
    for v in values:
        out.append(scale(v))
        print("scaled", v, "->", out[-1])
    return out

compute([1, 2**60, 10**300])
compute([2**1024])
