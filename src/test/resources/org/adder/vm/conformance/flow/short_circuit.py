"""and/or/not: short circuit, returned operand (not a bool), __bool__ and __len__ calls counted."""

log = []
class T:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth
    def __bool__(self):
        log.append("bool " + self.name)
        return self.truth
    def __repr__(self):
        return self.name

class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        log.append(f"len {self.n}")
        return self.n
    def __repr__(self): return f"L({self.n})"

def run(label, f):
    log.clear()
    r = f()
    print(label, "->", repr(r), log)

a, b, c = T("a", True), T("b", False), T("c", True)
run("a and b", lambda: a and b)
run("b and a", lambda: b and a)
run("a or b", lambda: a or b)
run("b or c", lambda: b or c)
run("b or b", lambda: b or b)
run("not a", lambda: not a)
run("not b", lambda: not b)
run("a and b or c", lambda: a and b or c)
run("b and a or c", lambda: b and a or c)
run("a or b and c", lambda: a or b and c)
run("L(0) or L(2)", lambda: L(0) or L(2))
run("L(3) and L(0)", lambda: L(3) and L(0))
run("not L(0)", lambda: not L(0))

# in an if statement the condition's truth is asked once per operand
log.clear()
if a and b:
    pass
print("if a and b:", log)
log.clear()
if b or c:
    pass
print("if b or c:", log)
log.clear()
while b and a:
    pass
print("while b and a:", log)

# plain values
print(0 and 1, 1 and 0, "" or "x", [] or {} or (), None or 0, 1 and 2 and 3, 0 or "" or None)
print(not [], not [0], not 0.0, not -0.0, not 0j, not "0", not None, not ...)

# __bool__ errors and __len__ errors
class BadBool:
    def __bool__(self): return 1
class NegLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
class StrLen:
    def __len__(self): return "3"
class BoolNone:
    __bool__ = None
for obj in (BadBool(), NegLen(), BigLen(), StrLen(), BoolNone()):
    try:
        print(bool(obj))
    except Exception as e:
        print(type(e).__name__ + ":", e)
    try:
        print("or:", obj or "fallback")
    except Exception as e:
        print(type(e).__name__ + ":", e)
