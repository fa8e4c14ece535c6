# binascii (native) and base64 over it: hex with separators, base64 with
# strict mode and CPython's error messages, crc32/crc_hqx, urlsafe/b32/b16/
# b85 encodings, secrets' token_hex length.
import base64
import binascii as b
import secrets

print(b.hexlify(b"\x01\x02\x03", "-", 2), b.hexlify(b"\x01\x02\x03", b":", -2), b.hexlify(b"\x01\x02\x03", "-"))
print(b.hexlify(b""), b.b2a_hex(b"\xff\x00"), b.unhexlify("ABcd"), b.a2b_hex(b"00ff"), b.unhexlify(bytearray(b"4142")))
for s in [b"YWJj", b"YWJ", b"YW", b"Y", b"YQ==", b"YQ=", b"Y W\nJj", b"YWJjZA==YQ", b"=YQ==", b"YWJj\x00", "YWJj", b""]:
    try:
        print(s, b.a2b_base64(s))
    except b.Error as e:
        print(s, type(e).__name__, e)
for s in [b"=YQ==", b"YQ=a=", b"YQ==YQ", b"Y!Q==", b"YQ=="]:
    try:
        print(s, b.a2b_base64(s, strict_mode=True))
    except b.Error as e:
        print(s, type(e).__name__, e)
print(b.b2a_base64(b"abcd"), b.b2a_base64(b"ab", newline=False), b.b2a_base64(b""), b.b2a_base64(bytes(range(256)))[-10:])
print(b.crc32(b"hello"), b.crc32(b"world", 12345), b.crc32(b"x", -1), b.crc32(b""), b.crc_hqx(b"hello", 0), b.crc_hqx(b"abc", 0xFFFF))
for bad in ["abc", "zz"]:
    try:
        b.unhexlify(bad)
    except b.Error as e:
        print(type(e).__name__, e)
try:
    b.a2b_base64("é")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.b2a_base64("s")
except TypeError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in b.Error.__mro__], [c.__name__ for c in b.Incomplete.__mro__], b.Error.__module__)
data = "héllo wörld ✓".encode()
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                 (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.b64decode("aGk=\n"), base64.standard_b64encode(b"\xfb\xff"), base64.urlsafe_b64encode(b"\xfb\xff"))
try:
    base64.b64decode("aGk", validate=True)
except b.Error as e:
    print("Error", e)
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), len(secrets.token_urlsafe(6)) >= 8)
