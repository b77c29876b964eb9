"""Parsing this program's own source through open(__file__): counting lines, finding the longest line, collecting def names, stripping, enumerate with start, and readline in a loop equal to iteration."""
def first_function():
    return "marker"
def second_function():
    return "marker"
with open(__file__, encoding="utf-8") as f:
    lines = f.read().splitlines()
print(len(lines), max(len(l) for l in lines), sum(1 for l in lines if not l.strip()))
print([l.split("(")[0][4:] for l in lines if l.startswith("def ")])
print([i for i, l in enumerate(lines, 1) if "marker" in l and "return" in l])
with open(__file__, encoding="utf-8") as f:
    via_readline = []
    while True:
        line = f.readline()
        if not line:
            break
        via_readline.append(line.rstrip("\n"))
print(via_readline == lines)
with open(__file__, "rb") as f:
    raw_lines = list(f)
print(len(raw_lines) == len(lines), raw_lines[0][:30], all(l.endswith(b"\n") for l in raw_lines))
words = {}
for l in lines:
    for w in l.split():
        if w.isidentifier():
            words[w] = words.get(w, 0) + 1
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
