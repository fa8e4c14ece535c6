# open() with encoding='latin-1'/'ascii' and error handlers: writing, reading
# (read, readline, iteration, read(n) counting characters), the encoding and
# errors attributes, UnicodeEncodeError/UnicodeDecodeError messages, and
# UTF-8 with errors='replace'/'surrogateescape'/'ignore'.
import os

name = "open_encodings.tmp"
with open(name, "w", encoding="latin-1") as f:
    print(f.encoding, f.errors)
    f.write("héllo wörld\nÿ second line\nthird")
print(open(name, "rb").read())
with open(name, encoding="latin-1") as f:
    print(repr(f.read(4)), repr(f.readline()), [line for line in f])
with open(name, encoding="ISO-8859-1") as f:
    print(f.readlines(), f.encoding)
try:
    with open(name, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(name, encoding="ascii", errors="replace") as f:
    print(repr(f.readline()), f.errors)
with open(name, encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))
with open(name, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("naïve €\n")
print(open(name, "rb").read())
with open(name, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("naïve €\n")
print(open(name, "rb").read())
try:
    with open(name, "w", encoding="ascii") as f:
        f.write("ok then ü")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open(name, "wb") as f:
    f.write(b"ab\xffcd\n\xc3\xa9\n")
with open(name, encoding="utf-8", errors="replace") as f:
    print([line for line in f])
with open(name, encoding="utf-8", errors="surrogateescape") as f:
    data = f.read()
    print(repr(data), data.encode("utf-8", "surrogateescape"))
with open(name, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write(data)
print(open(name, "rb").read())
with open(name, "a", encoding="latin1") as f:
    f.write("£")
print(open(name, "rb").read()[-2:])
try:
    open(name, encoding="latin-1", errors=5)
except TypeError as e:
    print("TypeError:", e)
os.remove(name)
