"""Uncaught TypeError from a __match_args__ that is not a tuple; earlier matches on other classes succeed."""

class Good:
    __match_args__ = ("a",)
    def __init__(self, a):
        self.a = a

class Bad:
    __match_args__ = "a"
    def __init__(self, a):
        self.a = a

def check(obj):
    match obj:
        case Good(1):
            return "good one"
        case Bad(1):
            return "bad one"
        case _:
            return "other"

print(check(Good(1)), check(Good(2)), check(3))
print(check(Bad(1)))
