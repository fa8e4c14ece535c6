# Native hash modules (_md5, _sha1, _sha256, _sha512, _sha3) against CPython's digests, and hashlib/hmac over them.
import _md5, _sha1, _sha256, _sha512, _sha3
ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512]
inputs = [b"", b"a", b"abc", b"x" * 55, b"x" * 56, b"y" * 63, b"y" * 64, b"z" * 111, b"z" * 112,
          b"q" * 127, b"q" * 128, b"q" * 129, bytes(range(256)) * 5, b"\xff" * 135, b"\xff" * 136, b"w" * 1000]
for c in ctors:
    for data in inputs:
        print(c(data).hexdigest())
    h = c()
    for k in range(0, 300, 7):
        h.update(bytes(range(k % 256))[:k])
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), h.copy().digest() == h.digest())
for s in (_sha3.shake_128, _sha3.shake_256):
    for data in inputs:
        print(s(data).hexdigest(40), len(s(data).digest(300)))
import hashlib, hmac
print(hashlib.sha256(b"abc").hexdigest(), hashlib.new("md5", b"x").hexdigest(), hashlib.md5().name)
print(hashlib.new("sha512_224" if False else "sha384", b"data").hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hmac.new(b"key", b"msg", "sha256").hexdigest(), hmac.compare_digest(b"a", b"a"))
print(hashlib.sha3_256(b"a").hexdigest(), hashlib.shake_128(b"a").hexdigest(8))
h = hashlib.sha1()
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest(), c.hexdigest(), c.digest_size, c.block_size)
for bad in ["text", 5]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
try:
    hashlib.shake_256(b"x").hexdigest()
except TypeError as e:
    print("TypeError", e)
