"""Uncaught ValueError raised inside __init__ during instantiation through a classmethod factory: frames of __init__ and the factory shown."""

class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"temperature below absolute zero: {kelvin}")
        self.kelvin = kelvin
    @classmethod
    def from_celsius(cls, c):
        return cls(c + 273.15)
    def __repr__(self):
        return f"Temperature({self.kelvin:.2f})"

print(Temperature.from_celsius(25))
print(Temperature(0))
print(Temperature.from_celsius(-300))
