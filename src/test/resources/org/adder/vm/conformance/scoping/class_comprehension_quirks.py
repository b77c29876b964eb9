"""Comprehensions in class bodies (PEP 709 keeps the old semantics): only the outermost iterable sees class names; walrus forbidden; lambdas and generators."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class A:
    base = [1, 2, 3]
    n = 10
    ok = [x for x in base]
    try:
        uses_n = [x * n for x in base]
    except NameError as e:
        uses_n = "NameError: " + str(e)
    try:
        cond = [x for x in base if x < n]
    except NameError as e:
        cond = "NameError: " + str(e)
    nested_ok = [[y for y in range(x)] for x in base]
    gen_first_ok = list(x for x in base)
    lam = (lambda: base) if False else None
    d = {k: 0 for k in base}
print(A.ok, A.uses_n, A.cond, A.nested_ok, A.gen_first_ok, A.d)

# names in the class body that are also globals: the comprehension body finds the global
n = "global n"
class B:
    n = "class n"
    seen = [n for _ in range(1)]
print(B.seen)

# walrus in a class-body comprehension is a compile error
check(lambda: compile("class C:\n    [y := 1 for x in range(2)]", "<s>", "exec"))

# a comprehension inside a method sees method locals and self, not class names
class C:
    factor = 2
    def scaled(self, xs):
        try:
            return [x * factor for x in xs]
        except NameError as e:
            return "NameError: " + str(e)
    def scaled_ok(self, xs):
        return [x * self.factor for x in xs]
print(C().scaled([1]), C().scaled_ok([1, 2]))

# class body iteration variables do not leak into the class namespace
class D:
    vals = [i for i in range(3)]
print(hasattr(D, "i"), sorted(k for k in vars(D) if not k.startswith("__")))

# __class__ inside a comprehension in a method
class E:
    def names(self):
        return [__class__.__name__ for _ in range(2)]
print(E().names())
