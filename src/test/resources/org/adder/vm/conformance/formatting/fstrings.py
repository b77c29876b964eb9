"""f-strings: = specifier (with spaces, conversions and specs), !r !s !a, nested replacement fields in specs, quotes and nesting (3.12 PEP 701), order of evaluation, and errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

x, name, pi = 42, "é ü", 3.14159265
print(f"{x=}", f"{x = }", f"{x=:>6}", f"{x=!s}", f"{name=}", f"{name=!s}", f"{name=!a}", f"{pi=:.3f}", f"{x*2=}", f"{ x =}")
print(f"{x!r} {name!r} {name!s} {name!a} {pi!r:>20}")
w, p = 12, 3
print(f"[{pi:{w}.{p}f}] [{pi:<{w}}] [{name:*^{w}}] [{x:{'#x'}}] [{x:{w}{'d'}}]")
print(f"{'nested' + f'{x:>{p}}'}", f"{f'{f"{x}"}'}", f"{'a' 'b'}", f"{"quotes"}", f"{'\n'!r}")
print(f"{{literal}} {{{x}}} }}{{", f"{3:}", f"{'':}", f"{x:}")
trace = []
def t(v):
    trace.append(v)
    return v
s = f"{t(1)}{t(2):{t(3)}}{t(4)!r:>{t(5)}}"
print(repr(s), trace)
d = {"k": [10, 20]}
print(f"{d['k'][1]}", f"{d["k"][0]}", f"{len(d)}", f"{(lambda: 'lam')()}", f"{x if x else 0}", f"{[i for i in range(3)]}")
print(f"{x:#b}", f"{x:_>+8}", f"{-x:=+8}", f"{1e10:,.0f}", f"{0.5:%}", f"{x!r:^8}")
print(f"""multi
{x}
line""")
for code in ['f"{}"', 'f"{x!z}"', 'f"{x!}"', 'f"{x:{y}}"', 'f"{ }"', 'f"{x=!}"', 'f"{"', 'f"}"', 'f"{x:{{1}}}"', 'f"{!r}"']:
    try:
        print(repr(eval(code)))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
    except (NameError, ValueError) as e:
        print(type(e).__name__ + ":", e)
check(lambda: f"{x:z}")
check(lambda: f"{name:d}")
check(lambda: f"{x:{1.5}}")
check(lambda: f"{undefined_name}")
check(lambda: f"{x:{pi}}")
