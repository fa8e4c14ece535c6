# sys.stdout/stderr/stdin: attributes, write() return values and errors, buffer writes.
import sys

print(type(sys.stdout).__name__, sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.write("abc\n"), sys.stdout.write("é€\n"))
print(sys.stdout.encoding, sys.stdout.mode, sys.stdin.mode, sys.stderr.errors)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdout.closed)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdout.flush())
for bad in [1, None, b"x", 2.5]:
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print("TypeError", e)
sys.stdout.flush()
print(sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.buffer.flush()
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print("TypeError", e)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
sys.stderr.write("to stderr\n")
print("done")
