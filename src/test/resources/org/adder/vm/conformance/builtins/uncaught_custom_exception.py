"""builtins: an uncaught user-defined exception subclass with a custom __str__ and extra attributes, raised while another custom exception is being handled; the traceback shows both and the class names; exit 1."""
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
    def __str__(self):
        return f"[{self.code}] {self.detail}"
class StorageError(AppError):
    pass
def save(record):
    if "id" not in record:
        raise StorageError(404, f"record without id: {sorted(record)}")
    print("saved", record["id"])
def process(records):
    for r in records:
        try:
            save(r)
        except StorageError as e:
            print("storage problem:", e, e.code, e.args)
            raise AppError(500, "processing aborted")
process([{"id": 1}, {"id": 2}, {"name": "x"}])
