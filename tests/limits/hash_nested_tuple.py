# skip-sanitized: ASan frames are larger; 20000 nested hashes reach the stack bound
# Hashing nested tuples: CPython does not limit the depth; moderate depths
# work, and a clean error (never a crash) is the only alternative.
x = ()
for _ in range(20000):
    x = (x, 1)
print(hash(x) == hash(x), {x: 1}[x])
