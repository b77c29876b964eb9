"""codecs: an uncaught UnicodeEncodeError when encoding a non-Latin-1 string (traceback shows the codec message and the position), exit 1."""
names = ["Zoë", "José", "Łukasz", "Ana"]
for n in names:
    data = n.encode("latin-1")
    print(n, data, len(data))
