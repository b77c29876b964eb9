"""Evaluation order of a call: callee expression first, then positional args, *iterables, keyword values and **mappings left to right; defaults untouched."""

log = []
def t(tag, value=None):
    log.append(tag)
    return value if value is not None else tag

class Obj:
    def method(self, *a, **k):
        return a, k
def get_obj():
    log.append("callee object")
    return Obj()

def f(*args, **kwargs):
    return args, kwargs

print(t("callee", f)(t("p1"), *t("star", [1, 2]), t("p2"), k1=t("kw1"), **t("dstar", {"k2": 0}), k3=t("kw3")))
print(log); log.clear()
print(get_obj().method(t("a1"), k=t("k")))
print(log); log.clear()

# an exception in an argument stops evaluation of the rest; the callee is not called
def boom():
    log.append("boom")
    raise ValueError("argument failed")
def never(*a, **k):
    log.append("callee ran")
try:
    never(t("x"), boom(), t("not evaluated"))
except ValueError as e:
    print("ValueError:", e, log)
log.clear()

# subscript and attribute callees are evaluated before arguments
table = {"op": f}
print(table[t("key", "op")](t("arg")))
print(log); log.clear()

# nested calls: inner arguments first
print(f(t("outer1"), f(t("inner1"), t("inner2")), t("outer2")))
print(log); log.clear()

# binary operators evaluate left then right, even when the right side raises
try:
    t("left", 1) + boom()
except ValueError:
    print(log)
log.clear()
# dict displays: key then value, in order; duplicate keys keep the last value but first position
print({t("k1"): t("v1"), t("k2"): t("v2"), t("k1"): t("v3")})
print(log); log.clear()
