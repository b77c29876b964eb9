"""sys.stdout/sys.stderr: write() return values (characters, not bytes), print and write interleaving per stream, flush, attributes (encoding, stderr errors, names), writing non-str errors."""
import sys
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

n1 = sys.stdout.write("abc\n")
n2 = sys.stdout.write("é😀\n")
n3 = sys.stdout.write("")
print(n1, n2, n3)
e1 = sys.stderr.write("to stderr\n")
print("stderr write returned", e1)
sys.stdout.write("partial ")
sys.stdout.flush()
print("line completed")
print(sys.stdout.encoding, sys.stderr.encoding, sys.stderr.errors, sys.stdin.encoding)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdout.closed, sys.stdout.name, sys.stderr.name, sys.stdin.name)
check(lambda: sys.stdout.write(5))
check(lambda: sys.stdout.write(b"bytes"))
check(lambda: sys.stdout.write())
check(lambda: sys.stdout.write("a", "b"))
check(lambda: sys.stdout.read())
check(lambda: sys.stdout.fileno())
check(lambda: sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.flush()
check(lambda: sys.stdout.writelines(["x", "y", "\n"]))
check(lambda: sys.stdout.writelines([1]))
print("\udcff".encode("utf-8", "surrogateescape"))
check(lambda: sys.stdout.write("\ud800\n"))
sys.stderr.write("stderr again\n")
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, type(sys.stdout).__name__)
