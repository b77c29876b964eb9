"""%-formatting with mapping keys combined with widths/precisions/flags, nested parentheses in keys, custom mappings with __getitem__ traces, a dict used as a single %s argument, and mixing errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

d = {"name": "Ann", "n": 42, "f": 3.14159, "(x)": "paren", "": "empty", "a b": "space"}
check(lambda: "%(name)-6s|%(n)+05d|%(f).2f|%(f)10.3e|%(name).1s" % d)
check(lambda: "%((x))s" % d)
check(lambda: "%()s|%(a b)s" % d)
check(lambda: "%(n)x %(n)o %(n)#X %(n)c" % d)
check(lambda: "%(name)s" % {"name": ["list"]})
check(lambda: "%s" % (d,) == str(d))
check(lambda: "%s %s" % ({"a": 1}, "b"))
check(lambda: "%(a)s %%" % {"a": 1})
check(lambda: "%(a)*d" % {"a": 1})
check(lambda: "%(a).*f" % {"a": 1.0})
check(lambda: "%(missing)s" % d)
check(lambda: "%(name)d" % d)
check(lambda: "%(n)s" % 5)
check(lambda: "%(n)s" % [])
class M:
    def __getitem__(self, k):
        print("getitem", repr(k))
        return k * 2
    def keys(self):
        return []
check(lambda: "%(ab)s-%(c)s" % M())
check(lambda: "no specs" % M())
check(lambda: "%s" % M() == "%s" % (M(),))
check(lambda: "%(x)s" % {"x": "é"})
