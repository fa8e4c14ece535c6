# A small log store: writes text files, reads them back by line, seeks, appends, and handles encoding errors.
import os

tmpdir = "/tmp"
stem = f"pyvm_io_{os.getpid()}_"
path = os.path.join(tmpdir, stem + "journal.txt")

entries = [
    ("2024-01-03", "opened account", 120.50),
    ("2024-01-04", "coffee ☕", -3.75),
    ("2024-01-09", "salary", 2500.00),
    ("2024-01-10", "rent", -900.00),
]

with open(path, "w", encoding="utf-8") as f:
    for date, what, amount in entries:
        n = f.write(f"{date}|{what}|{amount:.2f}\n")
        print("wrote", n, "chars")
    print("closed inside with?", f.closed)
print("closed after with?", f.closed)

with open(path) as f:
    for lineno, line in enumerate(f, 1):
        date, what, amount = line.rstrip("\n").split("|")
        print(f"{lineno}: {what:<16}{float(amount):>10.2f}")

with open(path) as f:
    first = f.readline()
    rest = f.readlines()
    print(repr(first), len(rest), repr(rest[-1]))
    print(repr(f.readline()))

with open(path, "a") as f:
    f.write("2024-01-15|refund|42.00\n")
    f.writelines(["# end\n", "# really\n"])

with open(path, encoding="utf-8") as f:
    text = f.read()
print(len(text), text.count("\n"), text.splitlines()[-3:])

with open(path, "rb") as f:
    head = f.read(10)
    print(head, f.tell())
    f.seek(0, os.SEEK_END)
    size = f.tell()
    f.seek(-8, os.SEEK_END)
    print(size, f.read())
    f.seek(11)
    print(f.read(14).decode())

balance = 0.0
with open(path) as f:
    for line in f:
        if line.startswith("#"):
            continue
        balance += float(line.split("|")[2])
print(f"balance: {balance:,.2f}")

bad = os.path.join(tmpdir, stem + "latin.bin")
with open(bad, "wb") as f:
    f.write("caf\xe9 cr\xe8me\n".encode("latin-1"))
try:
    with open(bad, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("decode error:", e.reason, e.start, e.end, e.object[e.start:e.end])
with open(bad, "rb") as f:
    raw = f.read()
print(repr(raw.decode("utf-8", errors="replace")), repr(raw.decode("latin-1")))

with open(path, "r+") as f:
    f.seek(0)
    f.write("2025")
    f.seek(0)
    print(f.readline().strip())

try:
    open(os.path.join(tmpdir, stem + "nope", "x.txt"))
except FileNotFoundError as e:
    print("missing:", e.errno, e.strerror, os.path.basename(e.filename))

exclusive = os.path.join(tmpdir, stem + "exclusive.txt")
with open(exclusive, "x") as f:
    f.write("once")
try:
    open(exclusive, "x")
except FileExistsError as e:
    print("exists:", e.strerror)

created = [path, bad, exclusive]
print([os.path.basename(p)[len(stem):] for p in created], [os.path.exists(p) for p in created])
for p in created:
    os.remove(p)
print("cleaned:", [os.path.exists(p) for p in created])
