"""dir() of builtin types: the sorted attribute lists of int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, memoryview, object, type and more."""
types = [int, bool, float, complex, str, bytes, bytearray, memoryview, list, tuple, dict, set, frozenset, range, slice, object, type,
         type(None), type(NotImplemented), type(...), enumerate, zip, map, filter, reversed, property, classmethod, staticmethod, super,
         BaseException, Exception, StopIteration, KeyError, OSError, SyntaxError, UnicodeDecodeError, BaseExceptionGroup]
for t in types:
    print(t.__name__, len(dir(t)), dir(t))
