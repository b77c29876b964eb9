"""open() encoding= and errors=: decoding this UTF-8 file (it contains é, € and 😀) as ascii/latin-1/utf-16 with strict, replace, ignore, surrogateescape; the UnicodeDecodeError message on read."""
def check(f):
    try:
        r = f()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e.encoding, e.reason, e.start, e.end - e.start)
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(r)

MARK = "é € 😀"
def read_with(enc, errors=None):
    with open(__file__, encoding=enc, errors=errors) as f:
        text = f.read()
    i = text.find("MARK = ")
    return ascii(text[i:i + 20]), len(text)
check(lambda: read_with("utf-8"))
check(lambda: read_with("ascii"))
check(lambda: read_with("ascii", "replace"))
check(lambda: read_with("ascii", "ignore"))
check(lambda: read_with("ascii", "surrogateescape"))
check(lambda: read_with("ascii", "backslashreplace"))
check(lambda: read_with("latin-1"))
check(lambda: read_with("cp1252", "replace"))
check(lambda: read_with("utf-16"))
check(lambda: read_with("utf-16", "replace")[1] > 0)
check(lambda: read_with("utf-8-sig"))
check(lambda: read_with("utf-8", "strict"))
check(lambda: read_with("bogus-enc"))
check(lambda: read_with("utf-8", "bogus-handler"))
with open(__file__, encoding="ascii", errors="strict") as f:
    try:
        while True:
            line = f.readline()
            if not line:
                break
    except UnicodeDecodeError as e:
        print("failed on readline:", e.reason)
with open(__file__, encoding="utf-8") as f:
    print(f.encoding, f.errors)
with open(__file__, encoding="latin-1", errors="ignore") as f:
    print(f.encoding, f.errors)
