"""Uncaught TypeError raised while matching a class pattern against a class lacking __match_args__: traceback at the case line."""

class Event:
    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload

def handle(e):
    match e:
        case Event(kind="click"):
            return "clicked"
        case Event("key", payload):
            return f"key {payload}"
        case _:
            return "ignored"

print(handle(Event("click", None)))
print(handle("not an event"))
print(handle(Event("key", "a")))
