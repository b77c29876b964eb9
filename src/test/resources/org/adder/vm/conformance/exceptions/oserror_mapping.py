"""OSError constructor: errno to subclass mapping, attributes errno/strerror/filename/filename2, str() forms, args handling."""

def show(e):
    print(type(e).__name__, repr(e.args), e.errno, repr(e.strerror), repr(e.filename), repr(e.filename2), "|", str(e))

show(OSError())
show(OSError("just a message"))
show(OSError(2, "No such file or directory"))
show(OSError(2, "No such file or directory", "missing.txt"))
show(OSError(17, "File exists", "a", None, "b"))
show(OSError(1, "Operation not permitted", "x", None, "y"))
show(OSError(99999, "unknown errno"))
show(OSError(2, "x", "f", None, "g", "extra"))
show(OSError(2))
show(OSError(2, "a", "b", "c"))
for errno in (2, 17, 13, 1, 21, 20, 3, 4, 10, 11, 32, 103, 104, 111, 110, 114, 115, 5):
    e = OSError(errno, "msg")
    print(errno, type(e).__name__)
# constructing a subclass directly does not remap
show(FileNotFoundError(13, "Permission denied"))
show(PermissionError("plain"))
# a user subclass of OSError is not remapped
class MyOSError(OSError):
    pass
show(MyOSError(2, "still mine"))
print(EnvironmentError(2, "x").__class__.__name__, IOError(13, "y").__class__.__name__)
# attributes are writable
e = OSError(2, "msg", "file")
e.errno = 5
e.strerror = "changed"
e.filename = "other"
print(e, e.args)
# BlockingIOError has characters_written
b = BlockingIOError(11, "would block", 5)
print(type(b).__name__, b.characters_written, b.errno, b.filename)
try:
    BlockingIOError(11, "no count").characters_written
except AttributeError as ae:
    print("AttributeError:", ae)
print(OSError(2, "x", "f").__reduce__()[1], OSError("a", "b", "c").args)
