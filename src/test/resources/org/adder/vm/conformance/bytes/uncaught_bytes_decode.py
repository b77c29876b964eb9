"""bytes: an uncaught UnicodeDecodeError raised from a generator expression consumed by str.join (raise from an explicit cause), exit 1."""
chunks = [b"caf\xc3\xa9", b"na\xc3\xafve", b"bad\xff\xfe", b"never"]

def decoded(parts):
    for p in parts:
        try:
            text = p.decode("utf-8")
        except UnicodeDecodeError as e:
            raise ValueError(f"chunk {parts.index(p)} is not UTF-8") from e
        print("decoded", text)
        yield text

print(" ".join(decoded(chunks)))
