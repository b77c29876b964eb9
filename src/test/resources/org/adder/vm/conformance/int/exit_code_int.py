"""int: a computation whose result becomes the process exit status through sys.exit(int); exit statuses are taken modulo 256 by the OS."""
import sys
total = 0
for a in range(1, 12):
    for b in (3, -3):
        total += a // b + a % b
        print(a, b, a // b, a % b, total)
print("exiting with", total % 200)
sys.stdout.flush()
sys.exit(total % 200)
