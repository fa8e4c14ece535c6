# mode: pyvm-only
# expect-status: 0
# pyvm-env: PYVM_MAX_HEAP=32m
# Under PYVM_MAX_HEAP=32m the heap cap (not the loop's bound) stops the list
# with a catchable MemoryError; after the list is dropped the program can
# allocate many times the cap in total, and a second list grown to the cap
# raises MemoryError again (the reserve was re-armed; stale references the
# collector's conservative scans find may keep some garbage, so the second
# list may be shorter).
def fill(limit):
    data = []
    try:
        while len(data) < limit:
            data.append(bytes(4096) + str(len(data)).encode())
    except MemoryError:
        return len(data)
    return None


first = fill(100000)
assert first is not None and 1000 < first < 9000, first
total = 0
for _ in range(40):
    chunk = [bytes(1024) for _ in range(4000)]
    total += len(chunk)
assert total == 160000
del chunk
second = fill(100000)
assert second is not None and first // 2 < second <= first + 100, (first, second)
print("ok", first, second)
