"""reprs of builtin objects that have fixed text: types, builtin functions and methods of types (not bound to instances), slot wrappers, method descriptors, getset descriptors, classmethod descriptors, NotImplemented, Ellipsis, and module reprs of sys/builtins."""
import sys, builtins
objs = [int, type, object, len, print, __build_class__, int.__add__, int.bit_length, int.real, int.from_bytes, str.join, str.maketrans,
        dict.fromkeys, list.__dict__["append"], object.__init__, object.__dict__["__class__"], type.__dict__["__dict__"], type.__dict__["__mro__"],
        NotImplemented, Ellipsis, None, True, sys, builtins, type(None), type(NotImplemented), type(...), range, slice(1, 2), iter]
for o in objs:
    r = repr(o)
    print(r if " at 0x" not in r else r[:r.index(" at 0x")] + " at <address>>")
print(type(int.__add__).__name__, type(int.bit_length).__name__, type(int.real).__name__, type(int.__dict__["from_bytes"]).__name__,
      type(len).__name__, type([].append).__name__, type((1).__add__).__name__, type(object.__dict__["__class__"]).__name__)
print(int.__add__.__objclass__, str.join.__objclass__, len.__self__ is builtins, [].append.__self__, (5).__add__.__self__, len.__module__)
print(len.__name__, len.__qualname__, int.bit_length.__name__, int.bit_length.__qualname__, print.__text_signature__, len.__text_signature__)
