# BLAKE2 (hashlib.blake2b/blake2s): digests with keys, salts, personalisation and tree parameters.
import hashlib
inputs = [b"", b"abc", b"x" * 63, b"x" * 64, b"x" * 65, b"y" * 127, b"y" * 128, b"y" * 129, bytes(range(256)) * 3]
for ctor in (hashlib.blake2b, hashlib.blake2s):
    for data in inputs:
        print(ctor(data).hexdigest())
    print(ctor(b"abc", digest_size=20, key=b"k", salt=b"s", person=b"p").hexdigest())
    print(ctor(b"abc", key=b"K" * (64 if ctor is hashlib.blake2b else 32)).hexdigest())
    print(ctor(b"tree", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=16, last_node=True).hexdigest())
    h = ctor(digest_size=16)
    for k in range(0, 300, 13):
        h.update(bytes(range(k % 256))[:k])
    c = h.copy()
    h.update(b"more")
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest(), len(h.digest()))
    print(ctor.SALT_SIZE, ctor.PERSON_SIZE, ctor.MAX_KEY_SIZE, ctor.MAX_DIGEST_SIZE)
print(hashlib.new("blake2b", b"abc", digest_size=8).hexdigest(), hashlib.new("blake2s", b"abc").hexdigest())
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'x'*65), dict(salt=b'x'*17), dict(person=b'x'*17), dict(fanout=256), dict(depth=0), dict(node_depth=256), dict(inner_size=65), dict(leaf_size=2**32)]:
    try:
        hashlib.blake2b(**kw)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for kw in [dict(node_offset=2**48), dict(digest_size=33), dict(data="str")]:
    try:
        hashlib.blake2s(**kw)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
