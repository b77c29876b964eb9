"""Uncaught TypeError from argument binding in a method call: the traceback points at the call, message names the qualified method."""

class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name, *, punctuation="!"):
        return f"{self.greeting}, {name}{punctuation}"

g = Greeter("Hello")
print(g.greet("Ann"))
print(g.greet("Bob", punctuation="?"))
try:
    g.greet()
except TypeError as e:
    print("caught:", e)
print(g.greet("Cy", "!!"))
