"""builtins: an uncaught AttributeError on a misspelled attribute, whose traceback carries CPython 3.12's "Did you mean" suggestion (an earlier caught one shows that str(e) has no suggestion); exit 1."""
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3
cfg = Config()
try:
    print(cfg.timout)
except AttributeError as e:
    print("caught:", e, "| name:", e.name)
print("retries", cfg.retries)
print(cfg.retires)
