"""Uncaught exception from a with body, __exit__ sees it and declines; then the traceback and exit status 1."""

class Transaction:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("begin", self.name)
        return self
    def __exit__(self, tp, val, tb):
        print("rollback" if tp else "commit", self.name, tp and tp.__name__)
        return False

with Transaction("t1"):
    print("doing t1")

with Transaction("t2"):
    with Transaction("t2-inner"):
        items = [1, 2, 3]
        total = sum(items)
        print("total", total)

with Transaction("t3") as t:
    values = {"a": 1}
    print(values["a"] + values["b"])
