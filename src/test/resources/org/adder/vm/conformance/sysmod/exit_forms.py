"""sys.exit with None after output on both streams: exit status 0, nothing extra on stderr; finally blocks still run."""
import sys

print("before exit")
sys.stderr.write("stderr before exit\n")
try:
    sys.exit(None)
finally:
    print("finally runs during exit")
print("never")
