# open() and io.TextIOWrapper with encodings beyond UTF-8/ASCII/Latin-1:
# UTF-16/32 (with their BOMs, also when appending), cp1252, cp437, utf-8-sig,
# error handlers, newline translation, and unknown encodings.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'cp1252',
            'utf-8-sig', 'cp437', 'UTF_16', 'mac_roman', 'koi8_r']:
    text = 'héllo\nwörld\n' if enc != 'koi8_r' else 'привет\nмир\n'
    with open(p, 'w', encoding=enc) as f:
        n = f.write(text)
        print(enc, n, f.encoding, f.mode, f.name == p, f.closed)
    raw = open(p, 'rb').read()
    with open(p, encoding=enc) as f:
        lines = f.readlines()
    with open(p, 'a', encoding=enc) as f:
        f.write('Z')
    with open(p, encoding=enc) as f:
        first = f.readline()
        rest = [line for line in f]
    print(raw[:10], len(raw), lines, first, rest, f.closed)

with open(p, 'w', encoding='utf-16', newline='') as f:
    f.write('a\r\nb\rc\n')
print(open(p, 'rb').read())
with open(p, encoding='utf-16') as f:
    print(repr(f.read()))
with open(p, encoding='utf-16', newline='') as f:
    print(repr(f.read()))
with open(p, 'w', encoding='cp1252', errors='replace') as f:
    f.write('snow\u2603man')
print(open(p, 'rb').read())
with open(p, 'wb') as f:
    f.write(b'ok \x81 done')
with open(p, encoding='cp1252', errors='replace') as f:
    print(repr(f.read()))
try:
    with open(p, encoding='cp1252') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    open(p, encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
with open(p, 'w', encoding='utf-32') as f:
    f.write('one\ntwo')
with open(p, encoding='utf-32') as f:
    print(f.read(2), f.read(), f.read())

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-16')
t.write('ab\nc')
t.flush()
print(b.getvalue())
t2 = io.TextIOWrapper(io.BytesIO('xy\nz€'.encode('utf-32')), encoding='utf-32')
print(repr(t2.readline()), repr(t2.read()))
t3 = io.TextIOWrapper(io.BytesIO('x\r\ny\rz'.encode('cp1252')), encoding='cp1252')
print(list(t3))
t4 = io.TextIOWrapper(io.BytesIO(b'caf\xc3\xa9\n'), encoding='utf-8')
print(t4.read())
os.remove(p)
os.rmdir(d)
