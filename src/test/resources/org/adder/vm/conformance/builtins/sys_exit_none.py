"""sys.exit(None): output is flushed, a finally block runs during SystemExit, exit status 0 and nothing on stderr."""
import sys
def work():
    try:
        print("working")
        sys.exit(None)
    finally:
        print("finally during SystemExit")
try:
    work()
except SystemExit as e:
    print("caught SystemExit", repr(e.code), e.args)
try:
    sys.exit(7)
except SystemExit as e:
    print("caught", e.code, type(e.code).__name__)
try:
    raise SystemExit("message", "extra")
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code, e.args)
print("about to exit")
sys.exit()
print("never printed")
