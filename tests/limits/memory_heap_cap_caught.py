# pyvm-args: -X max-heap=64M
# A list grown until MemoryError under a 64 MiB heap cap: the program catches
# it, drops the list and goes on allocating. CPython has no heap cap, so the
# loop stops itself (raising MemoryError) at a bound pyvm never reaches; the
# output is the same either way. memory_heap_cap_env.py checks that the cap
# is what stopped pyvm.
data = []
try:
    i = 0
    while True:
        data.append(bytes(4096) + str(i).encode())
        i += 1
        if i > 40000:
            raise MemoryError
except MemoryError as e:
    n = len(data)
    del data
    print("caught", type(e).__name__, repr(e), n > 1000)
more = [str(i) * 10 for i in range(200000)]
print(len(more), more[-1][:12])
d = {i: [i] for i in range(50000)}
print(len(d), sum(v[0] for v in d.values()))
