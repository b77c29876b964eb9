"""if/elif/else chains: only the first true branch runs, conditions evaluated lazily in order, truthiness of odd objects, nested ifs, pass and empty bodies."""

log = []
def cond(tag, value):
    log.append(tag)
    return value

def pick(n):
    log.clear()
    if cond("a", n < 0):
        r = "negative"
    elif cond("b", n == 0):
        r = "zero"
    elif cond("c", n < 10):
        r = "small"
    elif cond("d", n < 100):
        r = "medium"
    else:
        r = "large"
    return r, list(log)

for n in (-1, 0, 5, 50, 500):
    print(n, pick(n))

class Truthy:
    def __init__(self, answer): self.answer = answer
    def __bool__(self):
        log.append(f"bool -> {self.answer}")
        return self.answer
log.clear()
if Truthy(False):
    print("never")
elif Truthy(True):
    print("elif branch")
print(log)

def classify(x):
    if isinstance(x, int):
        if x % 2:
            if x > 10:
                return "big odd"
            return "small odd"
        else:
            return "even"
    elif isinstance(x, str):
        pass
    else:
        return "other"
print([classify(v) for v in (3, 13, 4, "s", 1.5)])
values = [0, 0.0, "", [], {}, set(), None, (), range(0), 0j, b"", [0], "0", -1]
print(["T" if v else "F" for v in values])
if []:
    pass
elif not {}:
    print("empty dict is falsy")
x = 5
if x > 3: print("single-line if body")
if x < 3: print("never")
else: print("single-line else body")
