"""__iter__/__next__ protocol, iter() with sentinel, __getitem__ fallback, exhausted iterators, __reversed__ and reversed() fallbacks."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Range3:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
r = Range3()
print(list(r), list(r), next(r, "default"))
check(lambda: next(r))
check(lambda: next(5))
check(lambda: next([1]))
check(lambda: iter(5))
check(lambda: iter(None))

class IterNotIterator:
    def __iter__(self): return [1, 2]
check(lambda: iter(IterNotIterator()))
class NextOnly:
    def __next__(self): return 1
check(lambda: iter(NextOnly()))

# sentinel form
data = [1, 2, 3, 0, 4]
pos = iter(data)
print(list(iter(lambda: next(pos), 0)))
check(lambda: iter(5, 0))
calls = []
def counter():
    calls.append(1)
    return len(calls)
print(list(iter(counter, 4)))

class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError("done")
        return chr(97 + i)
print(list(GetItemSeq()), list(iter(GetItemSeq())), type(iter(GetItemSeq())).__name__)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
check(lambda: reversed(GetItemSeq()))
class SeqWithLen(GetItemSeq):
    def __len__(self): return 3
print(list(reversed(SeqWithLen())))
class CustomReversed:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(CustomReversed())))
class ReversedNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
check(lambda: reversed(ReversedNone()))
check(lambda: reversed({1: 2}).__class__.__name__)
check(lambda: list(reversed({1: 2, 3: 4})))
check(lambda: reversed({1, 2}))
check(lambda: reversed(5))

# exhausted builtin iterators stay exhausted
it = iter([1, 2])
print(list(it), list(it))
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.append(4)
print(list(it))
# a StopIteration raised from __next__ with a value ends a for loop silently
class StopWithValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("ignored value")
for x in StopWithValue():
    print("never")
print("for loop ended")
# iterator protocol on builtins: length hints of iterators
print(list(map(str, range(3))), list(filter(None, [0, 1, 2])), list(zip()), list(enumerate([])))
print(list(zip([1, 2], "abc", strict=False)))
check(lambda: list(zip([1, 2], "abc", strict=True)))
check(lambda: list(zip([1, 2, 3], "ab", strict=True)))
