# mode: closed-pipe
# BrokenPipeError caught, then more output: the exit flush fails (status 120).
import sys

try:
    while True:
        sys.stdout.write("x" * 100 + "\n")
except BrokenPipeError as e:
    print("caught", e, file=sys.stderr)
print("after")
