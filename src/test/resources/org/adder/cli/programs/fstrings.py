"""f-strings: conversions, format specs, nesting, debug '=', dates, numbers, PEP 701 forms."""
import datetime

name, value, width = "pi", 3.14159265, 10
print(f"{name!r:>{width}}|{value:.3f}|{value:{width}.2e}|{value=}|{name = !s}")
print(f"{'nested ' + f'{1 + 1}'}|{[1, 2][-1]:03d}|{0x1f:#x}|{1234567:,}|{0.25:%}")
d = datetime.date(2024, 2, 29)
print(f"{d:%Y/%m/%d} {d!s} {d.weekday()}")
items = {"a": 1, "b": 2}
print(f"{items["a"]} {'-'.join(f"{k}{v}" for k, v in items.items())}")
print(f"{'{'}{{literal}}{'}'}", f"{3 + 4j}", f"{-0.0:+.1f}", f"{True!a:>6}")
multi = f"""line one {
    value * 2
:.2f} end"""
print(multi)
print(f"{'x':*^9}", f"{42:b}", f"{'ÿ'!a}", f"{None}", rf"\d{1 + 1}")
