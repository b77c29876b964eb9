"""Uncaught RuntimeError from PEP 479: StopIteration leaking out of a generator body; the traceback shows the StopIteration as the direct cause."""

def first_words(lines):
    it = iter(lines)
    while True:
        line = next(it)
        yield line.split()[0]

try:
    list(first_words([]))
except RuntimeError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
gen = first_words(["alpha beta", "gamma delta"])
print(next(gen), next(gen))
print(next(gen))
