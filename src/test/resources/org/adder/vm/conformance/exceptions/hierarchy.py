"""The builtin exception hierarchy: __mro__ of many builtin exceptions, __bases__, issubclass relations, catching by base class."""
import builtins

def mro(cls):
    return [c.__name__ for c in cls.__mro__]

names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
         "StopAsyncIteration", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
         "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError",
         "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
         "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
         "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError", "InterruptedError",
         "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
         "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError", "SyntaxError", "IndentationError",
         "TabError", "SystemError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError",
         "UnicodeEncodeError", "UnicodeTranslateError", "Warning", "DeprecationWarning", "PendingDeprecationWarning",
         "RuntimeWarning", "SyntaxWarning", "UserWarning", "FutureWarning", "ImportWarning", "UnicodeWarning",
         "BytesWarning", "ResourceWarning", "EncodingWarning", "BaseExceptionGroup", "ExceptionGroup"]
for n in names:
    print(n, mro(getattr(builtins, n)))

print(EnvironmentError is OSError, IOError is OSError)
print(sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)) == sorted(set(names) | {"EnvironmentError", "IOError"}))
print(issubclass(KeyError, LookupError), issubclass(StopIteration, Exception), issubclass(SystemExit, Exception),
      issubclass(GeneratorExit, Exception), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

def catch(exc, *handlers):
    for h in handlers:
        try:
            raise exc
        except h:
            return h.__name__
        except BaseException:
            pass
    return None
print(catch(FileNotFoundError(), LookupError, OSError), catch(ZeroDivisionError(), ArithmeticError),
      catch(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError), catch(RecursionError(), RuntimeError),
      catch(ModuleNotFoundError(), ImportError), catch(TabError("t"), SyntaxError))
print(type(BaseException.__dict__.get("args")).__name__, BaseException.__new__ is object.__new__)
