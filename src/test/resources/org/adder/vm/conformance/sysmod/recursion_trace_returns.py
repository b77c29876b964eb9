"""sys.setprofile over a recursive function: call/return pairs nest properly and return values are reported bottom-up."""
import sys

depth = 0
lines = []
def profiler(frame, event, arg):
    global depth
    if frame.f_code.co_name != "fib":
        return
    if event == "call":
        lines.append("  " * depth + f"call fib({frame.f_locals['n']})")
        depth += 1
    elif event == "return":
        depth -= 1
        lines.append("  " * depth + f"return {arg}")

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

sys.setprofile(profiler)
result = fib(4)
sys.setprofile(None)
print("\n".join(lines))
print("result", result, "events", len(lines))
