"""str.isalpha over every code point 0..0x10FFFF (per plane counts and code-point checksums), and str.isalnum over the BMP (Unicode 15.0 data)."""
ALL = "".join(map(chr, range(0x110000)))
total = 0
checksum = 0
per_plane = []
for p in range(17):
    hits = "".join(filter(str.isalpha, ALL[p << 16:(p + 1) << 16]))
    per_plane.append(len(hits))
    total += len(hits)
    checksum += sum(map(ord, hits))
    if hits:
        print("plane", p, len(hits), hex(ord(hits[0])), hex(ord(hits[-1])))
print("isalpha", total, checksum, per_plane)
BMP = ALL[:0x10000]
alnum = "".join(filter(str.isalnum, BMP))
print("isalnum BMP", len(alnum), sum(map(ord, alnum)), [hex(ord(c)) for c in alnum[:10]])
print(sorted(set(alnum) - set(filter(str.isalpha, BMP)))[:15] == sorted(set(filter(str.isnumeric, BMP)) & set(alnum))[:15])
