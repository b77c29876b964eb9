"""Uncaught exception with both an explicit cause and an implicit context in its chain: both separators printed in order."""

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError(f"not a number: {text!r}") from e

def load(items):
    results = []
    for item in items:
        try:
            results.append(parse(item))
        except TypeError:
            raise RuntimeError("loading failed")
    return results

print(load(["1", "2"]))
load(["3", "x"])
