"""sys.exit called inside an except block in a nested function: SystemExit carries the handled exception as context; status from the code."""
import sys

def cleanup_and_exit(err):
    print("cleaning up after", repr(err))
    sys.exit(len(str(err)))

def main():
    try:
        {}["missing-key"]
    except KeyError as e:
        cleanup_and_exit(e)

try:
    main()
except SystemExit as se:
    print("SystemExit code:", se.code, "| context:", repr(se.__context__))
    sys.stdout.flush()
    raise
