"""Binary operator dispatch for every arithmetic and bitwise operator: left __op__ first, then right __rop__; a subclass of the left operand's type on the right goes first; traces show the calls and arguments."""
OPS = [("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "truediv"), ("//", "floordiv"), ("%", "mod"), ("**", "pow"),
       ("<<", "lshift"), (">>", "rshift"), ("&", "and"), ("|", "or"), ("^", "xor"), ("@", "matmul")]
def make(name, answer):
    def forward(self, other):
        print(f"  {type(self).__name__}.__{name}__({other!r})")
        return answer
    return forward
class Left:
    def __repr__(self):
        return "L"
class Right:
    def __repr__(self):
        return "R"
class Sub(Left):
    def __repr__(self):
        return "S"
for sym, name in OPS:
    setattr(Left, f"__{name}__", make(name, NotImplemented))
    setattr(Left, f"__r{name}__", make("r" + name, NotImplemented))
    setattr(Right, f"__r{name}__", make("r" + name, f"R.r{name}"))
    setattr(Sub, f"__r{name}__", make("r" + name, f"S.r{name}"))
for sym, name in OPS:
    print(sym)
    print(" ", eval(f"Left() {sym} Right()"))
    print(" ", eval(f"Left() {sym} Sub()"))
    try:
        eval(f"Left() {sym} Left()")
    except TypeError as e:
        print("  TypeError:", e)
    try:
        eval(f"Right() {sym} 1")
    except TypeError as e:
        print("  TypeError:", e)
    print(" ", eval(f"5 {sym} Right()"))
