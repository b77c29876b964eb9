"""Uncaught exception raised in a finally block while another is propagating: traceback shows both, chained."""

def cleanup(resource):
    print("cleaning", resource)
    raise RuntimeError(f"cleanup of {resource} failed")

def work():
    try:
        print("working")
        {}["config"]
    finally:
        cleanup("db")

for i in range(2):
    try:
        if i:
            raise ValueError(i)
        print("iteration", i, "ok")
    finally:
        print("finally", i)
        if i:
            break
print("loop done, pending ValueError discarded by break")
work()
