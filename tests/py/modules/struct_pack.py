# struct: pack/unpack/calcsize/iter_unpack/pack_into/unpack_from, Struct
# objects, every format code, byte orders, alignment and error messages.
import struct

for fmt in ["@bhilqd", "=bhilqd", "<bhilqd", ">bhilqd", "!bhilqd", "cbB?hHiIlLqQnNefdP",
            "<cbB?hHiIlLqQefd", "3s2p", "xh", "hx", "bi", "@bq", "=bq", "0s", "0p", "5x", "ii 2h",
            "", "@", "b0i"]:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), "error", e)

for bo in "@=<>!":
    data = struct.pack(bo + "bBhHiIqQ?", -1, 255, -300, 65535, -70000, 4000000000, -2**63, 2**64 - 1, 7)
    print(bo, data.hex(), struct.unpack(bo + "bBhHiIqQ?", data))
    print(struct.pack(bo + "lL", -5, 123456), struct.unpack(bo + "lL", struct.pack(bo + "lL", -5, 123456)))
print(struct.pack("nNP", -3, 3, 4096))
print(struct.pack("<efd", 1.5, -2.25, 3.125), struct.unpack("<efd", struct.pack("<efd", 1.5, -2.25, 3.125)))
for v in [0.1, 65504.0, 6e-8, 1e-5, -0.0, float("inf"), 2.0 ** -24, 0.33333, 1234.5678, 65519.0]:
    print(v, struct.pack(">e", v).hex(), struct.unpack(">e", struct.pack(">e", v)))
print(struct.unpack("<e", b"\x00\x7e")[0], struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("c3s5p2s", b"A", b"hello", b"xy", b"z"), struct.unpack("c3s5p2s", struct.pack("c3s5p2s", b"A", b"hello", b"xy", b"z")))
print(struct.pack("4p", b"toolong"), struct.unpack("4p", b"\x09abc"))
print(struct.pack("?", []), struct.pack("?", "x"), struct.unpack("??", b"\x00\x05"))

s = struct.Struct("<hi")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00\x00"), type(s).__name__)
print(struct.Struct(b">H").format, list(s.iter_unpack(bytes(range(12)))))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
buf = bytearray(10)
struct.pack_into("<hh", buf, 2, 258, -1)
s.pack_into(buf, 4, 3, 4)
print(buf, struct.unpack_from("<hh", buf, 2), struct.unpack_from("<h", buf), s.unpack_from(buf, offset=4))
print(struct.unpack_from("<h", buf, -2), struct.unpack(">I", memoryview(b"\x00\x00\x01\x00")))


class Idx:
    def __index__(self):
        return 42


print(struct.pack("<i", Idx()), struct.pack("<d", 3), struct.pack("<f", Idx()))

errors = [
    lambda: struct.pack("b", 128), lambda: struct.pack("B", -1), lambda: struct.pack("h", 40000),
    lambda: struct.pack("H", -1), lambda: struct.pack("i", 2**31), lambda: struct.pack("I", -1),
    lambda: struct.pack("<i", 2**31), lambda: struct.pack("<I", 2**32), lambda: struct.pack("<b", 200),
    lambda: struct.pack("<B", 256), lambda: struct.pack("<h", -40000), lambda: struct.pack("<q", 2**63),
    lambda: struct.pack("<Q", -1), lambda: struct.pack("q", 2**63), lambda: struct.pack("Q", 2**64),
    lambda: struct.pack("l", 2**64), lambda: struct.pack("<l", 2**31), lambda: struct.pack("<L", -1),
    lambda: struct.pack("i", "x"), lambda: struct.pack("i", 1.5), lambda: struct.pack("d", "x"),
    lambda: struct.pack("c", b"ab"), lambda: struct.pack("c", "a"), lambda: struct.pack("s", "a"),
    lambda: struct.pack("ii", 1), lambda: struct.pack("i", 1, 2), lambda: struct.unpack("i", b"abc"),
    lambda: struct.calcsize("y"), lambda: struct.calcsize("<P"), lambda: struct.calcsize("3"),
    lambda: struct.pack("<e", 1e6), lambda: struct.pack("<f", 1e300),
    lambda: struct.unpack_from("<i", b"abc", 1), lambda: struct.unpack_from("<i", b"abcd", -8),
    lambda: struct.pack_into("<i", bytearray(3), 0, 1), lambda: struct.pack_into("<i", bytearray(8), -2, 1),
    lambda: struct.pack_into("<i", bytearray(8), -12, 1), lambda: struct.pack_into("<i", b"abcd", 0, 1),
    lambda: struct.pack_into("<i"), lambda: struct.pack_into("<i", bytearray(4)),
    lambda: list(struct.iter_unpack("<i", b"abcde")), lambda: struct.iter_unpack("", b""),
    lambda: struct.Struct(5), lambda: struct.unpack("<i", "abcd"), lambda: struct.pack("P", -1),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(struct.error.__name__, issubclass(struct.error, Exception))
