# A binary record format with struct, and deep/shallow copies of nested configs with custom hooks.
import copy
import struct

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<i d 8s ?")
print(HEADER.size, RECORD.size, struct.calcsize(">hhl"), struct.calcsize("@bi"))

rows = [(1, 3.25, b"alpha", True), (-42, -0.5, b"beta", False), (2**31 - 1, 1e10, b"gamma123", True)]
blob = HEADER.pack(b"RECS", 1, len(rows), 0xDEADBEEF) + b"".join(RECORD.pack(*r) for r in rows)
print(len(blob), blob[:12].hex(), blob[12:20])

magic, version, count, check = HEADER.unpack_from(blob, 0)
print(magic, version, count, hex(check))
for i in range(count):
    num, val, name, flag = RECORD.unpack_from(blob, HEADER.size + i * RECORD.size)
    print(num, val, name.rstrip(b"\0").decode(), flag)
print([t for t in struct.iter_unpack("<H", b"\x01\x00\x02\x00\xff\xff")])
print(struct.pack(">I", 1), struct.pack("<q", -2), struct.pack("!f", 1.5), struct.pack("3s", b"abcdef"))
print(struct.unpack(">hH", b"\xff\xfe\xff\xfe"), struct.pack("e", 0.5), struct.unpack("<Q", b"\xff" * 8))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 7, -7)
print(buf)
for fmt, val in [("b", 200), ("H", -1), ("i", 2**40)]:
    try:
        struct.pack(fmt, val)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)

base = {
    "name": "svc",
    "ports": [80, 443],
    "limits": {"cpu": 2, "mem": [512, 1024]},
    "tags": ("a", "b"),
}
shallow = copy.copy(base)
deep = copy.deepcopy(base)
shallow["ports"].append(8080)
deep["limits"]["mem"].append(2048)
shallow["name"] = "svc2"
print(base["ports"], base["limits"]["mem"], base["name"], deep["ports"])
print(shallow["limits"] is base["limits"], deep["limits"] is base["limits"], deep["tags"] is base["tags"])


class Node:
    def __init__(self, value):
        self.value = value
        self.links = []

    def __repr__(self):
        return f"Node({self.value}, {len(self.links)} links)"


a, b = Node(1), Node(2)
a.links.append(b)
b.links.append(a)
c = copy.deepcopy(a)
print(c, c.links[0], c.links[0].links[0] is c, c is not a)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __copy__(self):
        print("custom copy")
        return Money(self.cents)

    def __deepcopy__(self, memo):
        print("custom deepcopy", len(memo) >= 0)
        return Money(self.cents + 0)


m = Money(500)
print(copy.copy(m).cents, copy.deepcopy([m, m])[0].cents)

