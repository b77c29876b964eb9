"""open(__file__, 'rb'): read/readline/readlines return bytes, seek/tell with whence 0/1/2, read past the end, peek-free partial reads, readinto, and binary-mode argument errors. Non-ASCII marker: é€😀."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

with open(__file__, "rb") as f:
    head = f.read(8)
    print(head, type(head).__name__, f.tell())
    print(f.readline()[:20], f.tell() > 8)
    size = f.seek(0, 2)
    print(size > 500, f.tell() == size, f.read(), f.read(5))
    print(f.seek(-6, 2) == size - 6, f.read())
    f.seek(10)
    print(f.tell(), f.seek(5, 1), f.tell(), f.seek(-3, 1), f.tell())
    f.seek(0)
    data = f.read()
    print(len(data) == size, data.count(b"\n") == len(data.splitlines()), "é€😀".encode() in data)
    f.seek(0)
    buf = bytearray(16)
    print(f.readinto(buf), bytes(buf[:8]))
    f.seek(0)
    lines = f.readlines()
    print(len(lines), lines[0][:10], all(isinstance(x, bytes) for x in lines))
    check(lambda: f.seek(-1))
    check(lambda: f.seek(0, 7))
    check(lambda: f.seek("0"))
    check(lambda: f.read("1"))
    check(lambda: f.write(b"x"))
    print(f.mode, f.name == __file__, f.seekable(), f.readable(), type(f).__name__, type(f.raw).__name__)
check(lambda: open(__file__, "rb", encoding="utf-8"))
check(lambda: open(__file__, "rb", newline=""))
check(lambda: open(__file__, "rt", buffering=0))
check(lambda: open(__file__, "rw"))
check(lambda: open(__file__, "x+r"))
check(lambda: open(__file__, "q"))
check(lambda: open(__file__, 5))
check(lambda: open(__file__, "r", encoding="no-such-encoding"))
check(lambda: open(__file__, "r", errors=5))
check(lambda: open(3.5))
try:
    open(__file__ + ".does-not-exist")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename == __file__ + ".does-not-exist", isinstance(e, OSError))
