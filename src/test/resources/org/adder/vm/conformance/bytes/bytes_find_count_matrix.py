"""bytes/bytearray find, rfind, count with start/end over a matrix of positions (negative, None, out of range) for several needles including ints and the empty needle; count of non-empty needles agrees with slicing."""
data = b"abcabcaXbc"
needles = [b"", b"a", b"bc", b"abc", b"X", b"zz", 97, 99]
positions = [None, -20, -3, 0, 2, 5, 10, 20]
for nd in needles:
    finds, rfinds, counts = [], [], []
    agree = True
    for s in positions:
        for e in positions:
            finds.append(data.find(nd, s, e))
            rfinds.append(data.rfind(nd, s, e))
            counts.append(data.count(nd, s, e))
            needle = bytes([nd]) if isinstance(nd, int) else nd
            if needle and counts[-1] != data[s:e].count(needle):
                agree = False
    print(repr(nd), finds)
    print("   ", rfinds)
    print("   ", counts, agree)
ba = bytearray(data)
print(ba.find(b"bc", 2), ba.rfind(b"bc", 0, -1), ba.count(b"a", -5), ba.index(b"X"), ba.rindex(99, 0, 5))
