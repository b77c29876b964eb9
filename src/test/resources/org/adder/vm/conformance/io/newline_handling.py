"""Text-mode newline handling when reading __file__ (which has LF endings): newline=None, '', '\n', '\r', '\r\n'; invalid newline values; the file's own line count as bytes vs text."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

with open(__file__, "rb") as b:
    raw = b.read()
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(__file__, encoding="utf-8", newline=nl) as f:
        text = f.read()
    with open(__file__, encoding="utf-8", newline=nl) as f:
        lines = f.readlines()
    print(repr(nl), len(text), text.count("\n"), len(lines), repr(lines[0][-5:]), repr(f.newlines))
print(raw.count(b"\n"), raw.count(b"\r"))
check(lambda: open(__file__, newline="x"))
check(lambda: open(__file__, newline=5))
check(lambda: open(__file__, "rb", newline="\n"))
with open(__file__, encoding="utf-8") as f:
    f.readline()
    print(repr(f.newlines))
    f.read()
    print(repr(f.newlines))
