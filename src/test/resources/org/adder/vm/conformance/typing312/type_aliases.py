"""PEP 695 type statements: TypeAliasType attributes, lazy __value__, generic aliases, subscription, repr, errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

log = []
def note(v):
    log.append("value evaluated")
    return v

type IntList = list[int]
print(IntList, type(IntList).__name__, IntList.__name__, IntList.__value__, IntList.__type_params__, IntList.__module__)

type Lazy = note(dict[str, int])
print("defined:", log)
print(Lazy.__value__, log)
print(Lazy.__value__, log)

type Forward = Undefined
check(lambda: Forward.__value__)
Undefined = "now defined"
print(Forward.__value__)

type Pair[A, B] = tuple[A, B]
print(Pair, Pair.__type_params__, Pair.__value__)
print(Pair[int, str], type(Pair[int, str]).__name__, Pair[int, str].__origin__ is Pair, Pair[int, str].__args__)

type Rec = list[Rec] | int
print(Rec.__value__)

type Bounded[T: int] = list[T]
print(Bounded.__type_params__[0].__bound__)

# TypeAliasType can also be constructed directly through its type
TAT = type(IntList)
direct = TAT("Direct", str | None)
print(direct, direct.__value__, direct.__type_params__)
with_params = TAT("WithParams", list, type_params=Pair.__type_params__)
print(with_params.__type_params__)
check(lambda: TAT("Bad", int, type_params=[1]))
check(lambda: TAT(1, int))
check(lambda: TAT("x"))

# aliases are not classes
check(lambda: IntList())
check(lambda: isinstance([], IntList))
check(lambda: setattr(IntList, "__value__", 1))
check(lambda: IntList.nonexistent)
print(IntList | None, None | IntList)
print(hash(IntList) == hash(IntList), IntList == IntList)
# type statement in a class and function scope
class Holder:
    type Inner = list[int]
    ref = Inner
print(Holder.Inner, Holder.ref.__value__, Holder.Inner.__qualname__ if hasattr(Holder.Inner, "__qualname__") else "-")
def make():
    type Local = set[int]
    return Local
print(make(), make().__value__)
# "type" is a soft keyword
type = "still a name"
print(type)
