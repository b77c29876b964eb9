"""Uncaught user exception whose class claims another module and a nested qualname: the last traceback line shows module.qualname: message."""

class Errors:
    class QuotaExceeded(Exception):
        pass

Errors.QuotaExceeded.__module__ = "storage.errors"

def upload(size, quota):
    if size > quota:
        raise Errors.QuotaExceeded(f"{size} bytes exceeds quota of {quota}")
    return "ok"

print(upload(10, 100))
try:
    upload(200, 100)
except Errors.QuotaExceeded as e:
    print("caught:", type(e).__qualname__, type(e).__module__, e)
upload(500, 100)
