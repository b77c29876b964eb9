"""input() with prompts on stdout interleaved with print output, reading numbers until EOF from the .stdin file, then EOFError caught; a prompt-only line at EOF."""
total = 0
count = 0
while True:
    try:
        line = input(f"[{count}] number? ")
    except EOFError:
        print()
        print("EOF after", count, "lines")
        break
    count += 1
    try:
        total += int(line)
        print("running total", total)
    except ValueError as e:
        print("skipping:", e)
print("total", total)
try:
    input("one more? ")
except EOFError as e:
    print("EOFError:", repr(str(e)))
