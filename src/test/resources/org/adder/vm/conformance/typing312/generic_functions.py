"""PEP 695 generic functions: __type_params__, TypeVar names, bounds/constraints evaluated lazily, TypeVarTuple and ParamSpec reprs."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__, first.__annotations__)
T, = first.__type_params__
print(type(T).__name__, T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__)

def many[A, *Ts, **P](a: A, *args: P.args, **kwargs: P.kwargs) -> None:
    pass
A, Ts, P = many.__type_params__
print([type(p).__name__ for p in many.__type_params__], A, Ts, P)
print(many.__annotations__)
print(P.args, P.kwargs, type(P.args).__name__)

log = []
def bound_value():
    log.append("bound evaluated")
    return int
def constraints():
    log.append("constraints evaluated")
    return (str, bytes)
def lazy[B: bound_value(), C: (constraints())]() -> None:
    pass
print("after definition:", log)
B, C = lazy.__type_params__
print(B.__bound__, log)
print(C.__constraints__, log)
print(B.__bound__, log)

def fwd[F: UndefinedYet]() -> None:
    pass
check(lambda: fwd.__type_params__[0].__bound__)
UndefinedYet = float
print(fwd.__type_params__[0].__bound__)

# type parameters are visible inside the function body and annotations, not outside
def ident[X](x: X) -> X:
    return X
print(ident(1) is ident.__type_params__[0])
check(lambda: X)

# each definition creates fresh TypeVars
def f1[T](): pass
def f2[T](): pass
print(f1.__type_params__[0] is f2.__type_params__[0], f1.__type_params__[0].__name__ == f2.__type_params__[0].__name__)

# methods and lambdas inside generic functions
def outer[T]():
    def inner(x: T) -> T:
        return x
    return inner
print(outer().__annotations__["x"] is outer.__type_params__[0] or outer().__annotations__)
print(outer.__type_params__, type(outer.__type_params__).__name__)
# __type_params__ is writable with a tuple
def plain(): pass
print(plain.__type_params__)
plain.__type_params__ = first.__type_params__
print(plain.__type_params__)
check(lambda: setattr(plain, "__type_params__", [1]))
check(lambda: compile("def f[T, T](): pass", "<s>", "exec"))
check(lambda: compile("def f[T: (int,) = 1](): pass", "<s>", "exec"))
