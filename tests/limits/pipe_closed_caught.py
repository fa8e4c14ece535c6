# mode: closed-pipe
# A write into a closed pipe raises BrokenPipeError (errno 32) where the
# buffer fills; the program catches it and ends normally (nothing is left to
# flush, so the status is 0).
import sys

try:
    for i in range(1000000):
        print(i)
except BrokenPipeError as e:
    print("caught", type(e).__name__, e.errno, e, isinstance(e, ConnectionError),
          file=sys.stderr)
