"""bytes whitespace handling matrix: split(), strip(), isspace() over every byte value (only ASCII whitespace counts), splitlines boundaries for bytes (no \\x1c-\\x1e or \\x85), and bytearray equivalents."""
ws = [b for b in range(256) if bytes([b]).isspace()]
print(ws)
print([b for b in range(256) if not bytes([b]).strip()], [b for b in range(256) if len((b"a" + bytes([b]) + b"b").split()) == 2])
print([b for b in range(256) if len((b"a" + bytes([b]) + b"b").splitlines()) == 2])
print(b"a\x1cb\x1dc\x85d\xa0e\x0bf".split(), b"a\x1cb\x85c\x0bd\x0ce\rf\ng".splitlines())
print(bytearray(b" \t a b \n").split(), bytearray(b"  x  ").strip(), bytearray(b"\x00x\x00").strip(b"\x00"))
alpha = [b for b in range(256) if bytes([b]).isalpha()]
print(len(alpha), alpha[:3], alpha[-3:], [b for b in range(256) if bytes([b]).isdigit()], bytes(range(256)).upper()[200:210])
print(bytes(range(65, 91)).lower(), bytes(range(0xc0, 0xc8)).lower(), bytes(range(256)).swapcase() == bytes(range(256)).upper().lower().swapcase() or "differs")
