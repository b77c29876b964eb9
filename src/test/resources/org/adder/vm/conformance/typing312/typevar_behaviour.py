"""TypeVar/ParamSpec/TypeVarTuple objects from PEP 695 syntax: reprs, bounds and constraints, variance flags, GenericAlias parameters, constructor errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def g[T, U: str, V: (int, bytes), *Ts, **P](): pass
T, U, V, Ts, P = g.__type_params__
for p in (T, U, V, Ts, P):
    print(repr(p), type(p).__name__, p.__name__, type(p).__module__)
print(U.__bound__, V.__constraints__, T.__bound__, T.__constraints__)
print(T.__infer_variance__, U.__infer_variance__, P.__infer_variance__ if hasattr(P, "__infer_variance__") else "-")
print(T == T, T is g.__type_params__[0], hash(T) == hash(T))
check(lambda: setattr(T, "__name__", "X"))
check(lambda: setattr(T, "__bound__", int))
check(lambda: T())
print(list[T], dict[T, U], list[T].__parameters__, dict[T, list[U]].__parameters__)
print(P.args.__origin__ is P, P.kwargs.__origin__ is P, repr(P.args), repr(P.kwargs))
TV = type(T)
manual = TV("Manual")
print(manual, manual.__bound__, manual.__infer_variance__, manual.__constraints__)
cov = TV("Cov", covariant=True)
print(repr(cov), cov.__covariant__)
contra = TV("Contra", contravariant=True)
print(repr(contra))
inferred = TV("Inf", infer_variance=True)
print(repr(inferred))
check(lambda: TV("Bad", covariant=True, contravariant=True))
check(lambda: TV(5))
check(lambda: TV())
