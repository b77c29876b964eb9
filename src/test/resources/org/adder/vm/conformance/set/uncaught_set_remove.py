"""set: an uncaught KeyError from set.remove inside a class method, with an exception note giving context; exit 1."""
class Registry:
    def __init__(self):
        self.names = set()
    def register(self, *names):
        self.names.update(names)
        print("registered", sorted(self.names))
    def unregister(self, name):
        try:
            self.names.remove(name)
        except KeyError as e:
            e.add_note(f"registry has {len(self.names)} names")
            raise
        print("unregistered", name, sorted(self.names))

r = Registry()
r.register("b", "a", "c")
r.unregister("a")
r.unregister("a")
