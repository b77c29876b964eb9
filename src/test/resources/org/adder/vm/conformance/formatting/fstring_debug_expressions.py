"""f-string '=' self-documenting expressions: whitespace preserved around '=', default repr vs explicit conversions and specs, nested quotes, method calls, and multi-line expressions in triple-quoted f-strings."""
x, y, s = 3, 0.1, "tëxt"
items = [1, 2]
print(f"{x=}|{x =}|{x= }|{ x = }|{x=!s}|{x=!r}|{x=!a}|{x=:>5}|{x=!r:^7}")
print(f"{y=}|{y*3=}|{y=:.3f}|{s=}|{s=!s}|{s=!a}|{s.upper()=}|{len(s)=}")
print(f"{items=}|{items[0]=}|{items[-1]+1=}|{ {'k': 1}['k']=}|{'q'=}|{x if x else 0=}")
print(f"{x=}{y=}")
print(f"""{
x
=}""")
print(f"{x + 1 = }", f"{(lambda: 5)()=}", f"{[i*i for i in range(3)]=}", f"{'a' 'b'=}")
print(f"{x=:{'>'}{4}}", f"{3.14159=:.2}", f"{s!r:>10}", f"{-0.0=}", f"{1e300*10=}")
