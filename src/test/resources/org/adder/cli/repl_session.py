"""Drives an interactive session through a pseudo-terminal: argv[1] is a directory to use as HOME, argv[2:] the
command; the lines to type are read from stdin. Prints what the terminal showed, then the exit status."""
import os, pty, select, sys, time

home, command = sys.argv[1], sys.argv[2:]
lines = sys.stdin.read().split("\n")[:-1]
env = dict(os.environ, HOME=home, PYTHONHASHSEED="0", TERM="dumb")
pid, fd = pty.fork()
if pid == 0:
    os.execvpe(command[0], command, env)
shown = b""

def drain(seconds, prompt=b"> "):
    # read until the prompt comes back (or the time is up)
    global shown
    start = len(shown)
    end = time.time() + seconds
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                data = os.read(fd, 65536)
            except OSError:
                return
            if not data:
                return
            shown += data
            if shown[start:].rstrip(b" ").endswith(prompt.rstrip()):
                return

drain(20)
for line in lines:
    os.write(fd, (line + "\n").encode())
    drain(10)
_, status = os.waitpid(pid, 0)
sys.stdout.write(shown.decode(errors="replace"))
print("\nstatus", os.waitstatus_to_exitcode(status))
