"""bytes methods: find rfind index rindex count with int and bytes needles, startswith/endswith, split rsplit splitlines partition rpartition, and their errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

b = b"abracadabra"
for sub in [b"a", b"bra", b"", b"z", 97, 122, bytearray(b"ca"), memoryview(b"ab")]:
    print(repr(sub) if not isinstance(sub, memoryview) else "mv", b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 2, -2))
check(lambda: b.index(b"z"))
check(lambda: b.rindex(120))
check(lambda: b.find(256))
check(lambda: b.find(-1))
check(lambda: b.find("a"))
check(lambda: b.count(None))
check(lambda: b.find(1.5))
check(lambda: 97 in b)
check(lambda: b"ra" in b)
check(lambda: 300 in b)
check(lambda: "a" in b)
check(lambda: b.startswith((b"x", b"ab")))
check(lambda: b.startswith("a"))
check(lambda: b.endswith([b"a"]))
check(lambda: b.endswith(bytearray(b"bra"), 0, 4))
for s in [b"a b  c", b"  x  ", b"", b"a,b,,c", b"a\x1cb\x85c\xa0d\x0be"]:
    print(repr(s), s.split(), s.split(b","), s.rsplit(None, 1), s.split(maxsplit=1), s.split(b" "))
print(b"a\nb\r\nc\rd\x0be\x0cf\x1cg".splitlines(), b"a\nb\r\n".splitlines(True), bytearray(b"x\ny").splitlines())
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kvw".partition(b"="), b"kvw".rpartition(b"="), bytearray(b"a=b").partition(b"="))
check(lambda: b.split(b""))
check(lambda: b.split("a"))
check(lambda: b.partition(b""))
check(lambda: b.partition(97))
check(lambda: b.rsplit(b"a", maxsplit=2))
check(lambda: b.split(sep=bytearray(b"a")))
