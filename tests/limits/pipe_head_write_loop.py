# mode: head
# The same through sys.stdout.write and the binary buffer.
import sys

sys.stdout.write("first\n")
sys.stdout.flush()  # text and binary layers: CPython needs this for order
while True:
    sys.stdout.buffer.write(b"y" * 1000 + b"\n")
