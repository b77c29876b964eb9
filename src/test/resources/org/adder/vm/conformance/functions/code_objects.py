"""Code object attributes: co_varnames, co_consts, co_names, co_flags, co_argcount family, co_lines, co_positions, replace()."""

def sample(a, b=2, *args, c, **kw):
    """doc"""
    total = a + b + len(args) + c
    for k in kw:
        total += len(k)
    return total

co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_nlocals, co.co_cellvars, co.co_freevars)
print(co.co_consts, co.co_names)
print(co.co_firstlineno - sample.__code__.co_firstlineno, co.co_filename == __file__)
flags = co.co_flags
print(hex(flags), bool(flags & 0x04), bool(flags & 0x08), bool(flags & 0x20))

def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
def closure():
    x = 1
    def inner():
        return x
    return inner
print([hex(f.__code__.co_flags) for f in (gen, coro, agen, closure, closure())])
print(closure.__code__.co_cellvars, closure().__code__.co_freevars)
print(type(co.co_code).__name__, type(co.co_linetable).__name__, type(co.co_exceptiontable).__name__)
print(co.co_stacksize > 0)

def lines():
    a = 1
    b = 2

    return a + b
base = lines.__code__.co_firstlineno
print([(s, e, None if l is None else l - base) for s, e, l in lines.__code__.co_lines()])
print([tuple(None if v is None else v - (base if i < 2 else 0) for i, v in enumerate(p)) for p in lines.__code__.co_positions()][:6])

# replace()
new = co.replace(co_name="renamed", co_consts=co.co_consts)
print(new.co_name, new.co_qualname, new is co, new == co)
new2 = co.replace(co_name="sample")
print(new2 == co, hash(new2) == hash(co))
try:
    co.replace(co_bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    co.replace(co_name=5)
except TypeError as e:
    print("TypeError:", e)

def ret_const():
    return "before"
ret_const.__code__ = ret_const.__code__.replace(co_consts=tuple("after" if c == "before" else c for c in ret_const.__code__.co_consts))
print(ret_const())

# constants folded at compile time
def folded():
    return 2 ** 10, "ab" * 2, (1, 2) + (3,), -5, not True
print(folded.__code__.co_consts)

# lambdas and comprehension code objects
lam = lambda x: [y for y in x]
print(lam.__code__.co_name, lam.__code__.co_varnames, lam.__code__.co_qualname)
src = compile("x = 1\ny = x + 2\n", "<string>", "exec")
print(src.co_name, src.co_filename, src.co_names, src.co_consts, src.co_varnames)
print(list(src.co_lines()))
