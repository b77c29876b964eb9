"""Uncaught exception group raised while handling another exception: the context traceback precedes the group box, with notes inside the box."""

def validate(record):
    errors = []
    if "id" not in record:
        errors.append(KeyError("id"))
    if not isinstance(record.get("age"), int):
        e = TypeError("age must be an int")
        e.add_note(f"got {record.get('age')!r}")
        errors.append(e)
    if errors:
        raise ExceptionGroup(f"invalid record {record}", errors)
    return True

def load(records):
    for r in records:
        try:
            validate(r)
        except ExceptionGroup:
            raise RuntimeError("loading aborted")

print(validate({"id": 1, "age": 3}))
load([{"id": 1, "age": 3}, {"age": "x"}])
