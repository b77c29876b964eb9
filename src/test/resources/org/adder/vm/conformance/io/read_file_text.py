"""open(__file__) in text mode: read, read(n), readline, readlines, iteration, tell after reads, seek(0), newline handling defaults, closed state and errors after close. (Marker line: alpha beta gamma.)"""
f = open(__file__, encoding="utf-8")
first = f.readline()
print(repr(first[:40]), first.endswith("\n"))
second = f.readline()
print(repr(second))
print(repr(f.read(10)))
rest = f.read()
print(len(rest) > 100, rest.count("\n") > 10)
print(repr(f.read()), repr(f.readline()))
f.seek(0)
lines = f.readlines()
print(len(lines), repr(lines[0][:30]), repr(lines[-1]))
f.seek(0)
count = 0
for line in f:
    count += 1
print(count == len(lines))
print(f.closed, f.mode, f.encoding, f.name == __file__, f.readable(), f.writable(), f.seekable())
f.close()
print(f.closed)
for op in (f.read, f.readline, lambda: next(f), lambda: f.seek(0), f.tell):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
with open(__file__) as g:
    print(sum(1 for _ in g) == len(lines), "Marker line: alpha beta gamma" in g.name or True)
print(g.closed)
with open(__file__, encoding="utf-8") as h:
    print(repr(h.readline(5)), repr(h.readline(0)), repr(h.readline(-1)[:10]), h.readlines(1)[:1])
