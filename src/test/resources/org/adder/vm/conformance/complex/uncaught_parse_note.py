"""complex: an uncaught ValueError from a malformed complex() string with an added exception note; exit status 1."""
samples = ["1+2j", "  3.5-0j  ", "(-1e3+1e-3j)", "2j", "1 + 2j"]
parsed = []
for s in samples:
    try:
        parsed.append(complex(s))
        print("parsed", repr(s), "->", parsed[-1])
    except ValueError as e:
        e.add_note(f"while parsing sample #{samples.index(s)}: {s!r}")
        e.add_note("complex() does not accept spaces around the operator")
        print("total so far", sum(parsed))
        raise
