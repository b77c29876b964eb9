"""startswith/endswith with tuples and ranges, and partition/rpartition/split/rsplit consistency checks over many separators and positions in one string (each result compared with an equivalent computed by find/rfind)."""
s = "one,two;three,four;five"
for sep in (",", ";", "o", "f", "e,", "x", "five", "one"):
    p = s.partition(sep)
    i = s.find(sep)
    rp = s.rpartition(sep)
    j = s.rfind(sep)
    ok_p = p == ((s[:i], sep, s[i + len(sep):]) if i >= 0 else (s, "", ""))
    ok_r = rp == ((s[:j], sep, s[j + len(sep):]) if j >= 0 else ("", "", s))
    print(repr(sep), p, rp, ok_p, ok_r, s.split(sep), s.rsplit(sep, 1), len(s.split(sep)) == s.count(sep) + 1)
for start in range(-3, 6):
    print(start, s.startswith(("one", "ne", "e,"), start), s.endswith(("five", "fiv"), None, len(s) - start if start > 0 else None),
          s.startswith("", start), s.endswith("", start, start))
print(s.startswith(("a", "b", "one")), s.endswith(tuple()), s.startswith(("",)), "".startswith(("",)), "".endswith(("a", "")))
