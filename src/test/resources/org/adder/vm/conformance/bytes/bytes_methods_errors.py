"""bytes/bytearray method argument errors and return types: which methods return bytes vs bytearray, str arguments rejected with exact messages, int needles, and descriptor misuse."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

ba = bytearray(b"Hello World")
for name in ("upper", "lower", "title", "swapcase", "capitalize", "strip", "lstrip", "rstrip", "expandtabs"):
    print(name, type(getattr(ba, name)()).__name__, type(getattr(bytes(ba), name)()).__name__)
print(type(ba.split()[0]).__name__, type(ba.partition(b" ")[0]).__name__, type(ba.replace(b"l", b"L")).__name__, type(ba[0:2]).__name__,
      type(ba.center(20)).__name__, type(ba.zfill(20)).__name__, type(ba.join([b"a", b"b"])).__name__, type(ba.hex()).__name__, type(ba * 2).__name__)
for call in ["b'abc'.find('a')", "b'abc'.count(1.5)", "b'abc'.split(' ')", "b'abc'.replace(b'a')", "b'abc'.strip(5)",
             "b'abc'.join([1])", "b'abc'.startswith('a')", "b'abc'.endswith((b'c', 'c'))", "b'abc'.ljust(5, ' ')",
             "b'abc'.index(256)", "b'abc'.rindex(b'z')", "b'abc'.partition(' ')", "b'abc'.decode(1)", "b'abc'.hex(1, 2, 3)",
             "b'abc'.expandtabs('4')", "b'abc'.translate(bytes(255))", "b'abc'.maketrans(b'a', b'bc')", "b'abc'.zfill('a')",
             "b'abc'.splitlines(keepends='x')", "b'abc'.removeprefix('a')", "bytes.upper('a')", "bytes.fromhex(b'00')",
             "bytearray(b'x').extend(1)", "bytearray(b'x').insert(1)", "bytearray(b'x').pop(1, 2)", "bytearray(b'x').remove()",
             "b'%d' % 'a'", "b'abc'[1:2:0]", "b'abc' * 'x'", "b'abc'.count(b'a', 'x')", "b'abc'.find(b'', -100, 100)",
             "b'abc'.rsplit(maxsplit='1')", "b'abc'.isalnum(1)", "bytearray(b'ab').clear(1)", "bytearray(b'ab').reverse(1)"]:
    print(call, end=" -> ")
    check(lambda: eval(call))
