# print(flush=True) and sys.stdout.write interleave in program order on stdout.
import sys

for i in range(3):
    print("print", i, flush=i % 2 == 0)
    sys.stdout.write("write %d\n" % i)
    sys.stdout.buffer.write(b"buffer %d\n" % i) if False else None
print("x" * 10000)
print("end", flush=True)
