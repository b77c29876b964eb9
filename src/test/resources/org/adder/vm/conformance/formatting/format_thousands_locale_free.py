"""Grouping without locale: ',' and '_' on ints and floats (including with width, zero padding, precision and signs), '_' every 4 digits for b/o/x/X, and 'n' which uses the C locale (no separators)."""
for v in (0, 999, 1000, -1234567, 10**12, 2**64):
    print(v, [format(v, s) for s in (",", "_", "+,", "015,", "<15,", ">+15_", "_b", "_o", "_x", "#_X", "n", "015n")])
for v in (0.0, 1234.5, -1234567.891, 1e20, 12345.6789e-3):
    print(repr(v), [format(v, s) for s in (",", "_", ",.2f", "_.3e", "015,.1f", "+,g", ",.0%", "n", ".3n")])
