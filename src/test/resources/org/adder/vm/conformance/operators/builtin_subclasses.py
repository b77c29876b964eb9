"""Subclassing int, str, float, list, dict, tuple, set: which methods return the subclass vs the base type, overridden dunders."""

class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
class MyStr(str):
    pass
class MyFloat(float):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyTuple(tuple):
    pass
class MySet(set):
    pass
class MyFrozen(frozenset):
    pass
class MyBytes(bytes):
    pass

def t(x):
    return type(x).__name__

i = MyInt(5)
print(i, t(i), t(i + 1), t(-i), t(+i), t(abs(i)), t(i * 1), t(i // 1), t(int(i)), t(i.real), t(i.numerator), t(round(i)))
print(t(i.__index__()), t(i.conjugate()), t(i << 0), t(i & -1), t(divmod(i, 2)[0]), t(i.bit_length()), i == 5, hash(i) == hash(5))
s = MyStr("Hi")
print(t(s), t(s + ""), t(s * 1), t(s.upper()), t(s[:]), t(s[0]), t(str(s)), t(s.strip()), t(s.replace("x", "y")), t(f"{s}"), t("%s" % s))
print(t(s.join([])), t("".join([s])), t(s.split()[0]), t(s.format()), t(s.casefold()), repr(s), s == "Hi", s in {"Hi": 1})
fl = MyFloat(1.5)
print(t(fl), t(fl + 0), t(-fl), t(float(fl)), t(fl.real), t(round(fl, 1)), t(abs(fl)), repr(fl))
l = MyList([3, 1, 2])
print(t(l), t(l + []), t([] + l), t(l * 1), t(l[:]), t(l.copy()), t(sorted(l)), t(list(l)), repr(l))
l += [4]
print(t(l), l, l == [3, 1, 2, 4])
d = MyDict(a=1)
print(t(d), t(d.copy()), t(d | {}), t({} | d), t(dict(d)), t(MyDict.fromkeys("ab")), repr(d))
d |= {"b": 2}
print(t(d), d)
tp = MyTuple((1, 2))
print(t(tp), t(tp + ()), t(tp * 1), t(tp[:]), t(tuple(tp)), repr(tp), tp == (1, 2), hash(tp) == hash((1, 2)))
st = MySet([1, 2])
print(t(st), t(st | set()), t(st & {1}), t(st - set()), t(st ^ set()), t(st.copy()), t(st.union()), repr(st))
fz = MyFrozen([1])
print(t(fz), t(fz | frozenset()), t(fz.copy()), t(frozenset(fz)), repr(fz))
b = MyBytes(b"ab")
print(t(b), t(b + b""), t(b[:]), t(b.upper()), t(bytes(b)), repr(b))

# overriding a dunder in a builtin subclass affects operators but not other methods using it
class LoudList(list):
    def __getitem__(self, i):
        print("LoudList.__getitem__", i)
        return super().__getitem__(i)
    def __len__(self):
        print("LoudList.__len__")
        return super().__len__()
ll = LoudList([1, 2, 3])
print(ll[0])
print(list(ll), sum(ll), sorted(ll), len(ll))
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
ud = UpperDict(a=1)
ud["b"] = 2
ud.update(c=3)
ud.setdefault("d", 4)
print(ud)
class BoolLike(int):
    def __bool__(self): return False
print(bool(BoolLike(5)), "yes" if BoolLike(5) else "no", BoolLike(5) + 0)
