# print(file=sys.stderr) goes to stderr; the last stderr line is compared.
import sys

print("to stdout")
print("first to stderr", file=sys.stderr)
print("value:", 42, file=sys.stderr, flush=True)
