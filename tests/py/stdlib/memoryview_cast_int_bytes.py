# memoryview.cast to native integer formats and int(bytes-like, base), as
# re._compiler uses them.
data = bytes(range(1, 17))
m = memoryview(data)
for fmt in ["B", "b", "H", "h", "I", "i", "L", "q", "Q", "@I", "c", "?"]:
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, len(c), c.nbytes, c.tolist()[:3], c[-1], c.shape)
neg = memoryview(b"\xff\xfe\xff\xff\x80\x00\x00\x00").cast("i")
print(neg.tolist(), list(neg), neg[::2].tolist(), neg.tobytes())
print(neg == [-258, 128], neg == memoryview(b"\xff\xfe\xff\xff\x80\x00\x00\x00"), neg.cast("B")[0])
for fmt, src in [("x", m), ("I", memoryview(b"abc")), ("I", m[::2]), ("H", m.cast("I"))]:
    try:
        src.cast(fmt)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    hash(m.cast("I"))
except ValueError as e:
    print("ValueError", e)
print(int(b"101", 2), int(bytearray(b" 7f "), 16), int(b"0x10", 0))
try:
    int(bytearray(b"12x"), 10)
except ValueError as e:
    print("ValueError", e)
import re

print(re.findall("[\u0100-\u0200a-c]+", "xx\u0150abyz\u0201"), re.sub(r"(\w+)", r"<\1>", "hi there"))
