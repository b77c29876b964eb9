# argv: alpha two words --flag=3 -x
"""sys.argv with extra command-line arguments (first line gives them): count, values, argv[0] is the script path."""
import sys

print(len(sys.argv))
print(sys.argv[1:])
print(sys.argv[0].endswith("argv_basic.py"), type(sys.argv[0]).__name__)
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a), len(a))
flags = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--"))
print(flags)
sys.argv.append("appended")
print(sys.argv[-1], type(sys.argv).__name__)
print(sys.orig_argv[-5:] == sys.argv[1:6])
