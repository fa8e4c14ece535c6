# mode: closed-pipe
# An explicit flush raises BrokenPipeError; the data stays unwritten, so the
# flush at exit fails again (status 120).
import sys

print("hello")
try:
    sys.stdout.flush()
except BrokenPipeError as e:
    print("flush failed:", type(e).__name__, e.args, file=sys.stderr)
try:
    print("again", flush=True)
except OSError as e:
    print("print(flush=True) failed:", e, file=sys.stderr)
