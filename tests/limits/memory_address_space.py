# mode: ulimit
# ulimit-as-mb: 1024
# accept-pyvm-stderr: pyvm: out of memory
# Allocations that fail inside the heap under an address-space limit: CPython
# raises MemoryError; pyvm raises it too or ends with its one-line report
# (status 1), never a crash.
try:
    x = [0] * (2**28)
    print("allocated")
except MemoryError:
    print("MemoryError")
print(len([1] * 1000))
y = "x" * (2**31)
print(len(y))
