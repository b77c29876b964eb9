"""Output only on stderr via print(file=sys.stderr) and sys.stderr.write, with a final sys.exit(3): stdout stays empty, stderr gets every line in order, exit status 3."""
import sys
for i in range(5):
    print("stderr line", i, file=sys.stderr)
sys.stderr.write("written directly\n")
print(repr("quoted"), [1, 2], file=sys.stderr, sep=" :: ")
sys.stderr.flush()
sys.exit(3)
