"""Uncaught exception raised 'from None' inside a handler: the context is suppressed in the traceback; stdout before it is kept."""

class Config:
    def __init__(self, data):
        self._data = data
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"config has no option {name!r}") from None

c = Config({"host": "localhost", "port": 8080})
print(c.host, c.port)
print(getattr(c, "user", "default-user"))
print(c.timeout)
