# skip-sanitized: ASan aborts on an impossible operator new instead of throwing std::bad_alloc
# bytearray(n) / bytes(n) with n far beyond memory.
for n in (2**60, 2**62):
    try:
        bytearray(n)
    except MemoryError:
        print("bytearray MemoryError")
    try:
        bytes(n)
    except MemoryError:
        print("bytes MemoryError")
print(len(bytearray(10)), len(bytes(3)))
bytearray(2**60)
