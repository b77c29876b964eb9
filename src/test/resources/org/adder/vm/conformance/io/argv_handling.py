# argv: alpha --flag=1 two-words 42
"""sys.argv: the script path is argv[0] (only its file name is checked) and the extra arguments from the argv line are passed through verbatim."""
import sys
print(len(sys.argv), sys.argv[0].endswith("argv_handling.py"), sys.argv[1:])
args = sys.argv[1:]
flags = {a.split("=")[0]: a.split("=")[1] for a in args if a.startswith("--")}
print(flags, [a for a in args if not a.startswith("--")], sum(int(a) for a in args if a.isdigit()))
print(sys.orig_argv[-len(args):] == args)
