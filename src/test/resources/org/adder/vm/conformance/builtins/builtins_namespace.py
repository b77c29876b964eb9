"""The builtins module namespace: the sorted list of names, which are types / builtin functions / exceptions / constants, __builtins__ in __main__ is the module, and shadowing a builtin in globals."""
import builtins
names = sorted(vars(builtins))
print(len(names), names)
kinds = {}
for n in names:
    v = getattr(builtins, n)
    if isinstance(v, type) and issubclass(v, BaseException):
        k = "exception"
    elif isinstance(v, type):
        k = "type"
    elif type(v).__name__ == "builtin_function_or_method":
        k = "function"
    else:
        k = type(v).__name__
    kinds.setdefault(k, []).append(n)
for k in sorted(kinds):
    print(k, len(kinds[k]), kinds[k])
print(__builtins__ is builtins, type(__builtins__).__name__, builtins.__name__)
len = lambda x: "shadowed"
print(len([1, 2]), builtins.len([1, 2]))
del len
print(len([1, 2]))
builtins.my_new_builtin = "added"
print(my_new_builtin)
del builtins.my_new_builtin
try:
    my_new_builtin
except NameError as e:
    print("NameError:", e)
