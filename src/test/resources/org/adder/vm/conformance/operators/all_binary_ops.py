"""Every binary operator and its reflected form on a tracing class; unsupported operand messages for each symbol."""

class T:
    def __repr__(self): return "T"
ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or", "divmod"]
def make(name, reflected):
    def method(self, other, *extra):
        return f"{'r' if reflected else ''}{name}({other!r}{', ' + repr(extra[0]) if extra else ''})"
    return method
for op in ops:
    setattr(T, f"__{op}__", make(op, False))
    setattr(T, f"__r{op}__", make(op, True))

t = T()
print(t + 1, t - 1, t * 1, t @ 1, t / 1, t // 1, t % 1, t ** 1, t << 1, t >> 1, t & 1, t ^ 1, t | 1, divmod(t, 1))
print(1 + t, 1 - t, 1 * t, 1 @ t, 1 / t, 1 // t, 1 % t, 1 ** t, 1 << t, 1 >> t, 1 & t, 1 ^ t, 1 | t, divmod(1, t))
print(pow(t, 2), pow(2, t), pow(t, 2, 5))

class Plain:
    pass
p = Plain()
symbols = ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "^", "|"]
for s in symbols:
    for expr in (f"p {s} 1", f"1 {s} p", f"p {s} p", f"'a' {s} None"):
        try:
            eval(expr)
        except TypeError as e:
            print(f"{expr}: {e}")
        else:
            print(f"{expr}: ok")
for f in (lambda: divmod(p, 1), lambda: divmod(1, p), lambda: pow(p, 1), lambda: pow(1, 2, p), lambda: pow(p, 1, 1), lambda: pow(1, p, 1)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
