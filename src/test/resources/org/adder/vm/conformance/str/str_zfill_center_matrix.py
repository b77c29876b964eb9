"""Padding matrix: center/ljust/rjust/zfill for strings of length 0..4 at widths 0..7 with fill characters of different widths (ASCII, Latin-1, BMP, astral); center's odd-padding placement rule."""
for s in ["", "a", "ab", "abc", "-1", "+ab"]:
    row = []
    for w in range(0, 8):
        row.append("|".join([s.center(w, "."), s.ljust(w, "é"), s.rjust(w, "€"), s.zfill(w)]))
    print(ascii(s), [ascii(x) for x in row])
print([ascii("x".center(w, "😀")) for w in range(1, 6)], [ascii("xy".center(w)) for w in range(2, 7)])
