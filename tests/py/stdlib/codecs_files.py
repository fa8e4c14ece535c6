# codecs.open/getreader/iterencode over real files, and json.dump/json.load through open().
import os
import codecs, json
jpath = "/tmp/pyvm_codecs_files_%d.json" % os.getpid()
path = "/tmp/pyvm_codecs_files_%d.txt" % os.getpid()
with codecs.open(path, "w", encoding="utf-16") as f:
    f.write("héllo\nwörld\n")
with open(path, "rb") as f:
    raw = f.read()
print(raw[:6], len(raw))
with codecs.open(path, "r", encoding="utf-16") as f:
    print(f.readlines())
with open(jpath, "w") as f:
    json.dump({"a": [1, 2, {"b": "é"}]}, f, indent=2)
with open(jpath) as f:
    print(json.load(f))
r = codecs.getreader("latin-1")(open(path, "rb"))
print(repr(r.read(4)))
w = codecs.iterencode(["a", "é", "b"], "utf-16")
print(b"".join(w), "".join(codecs.iterdecode([b"\xc3", b"\xa9x"], "utf-8")))
r.close()
os.remove(path)
os.remove(jpath)
print("cleaned")
