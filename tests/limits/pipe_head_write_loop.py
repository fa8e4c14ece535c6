# mode: head
# The same through sys.stdout.write and the binary buffer.
import sys

sys.stdout.write("first\n")
while True:
    sys.stdout.buffer.write(b"y" * 1000 + b"\n")
