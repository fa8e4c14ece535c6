# codecs error paths: UTF-16/32 and charmap errors, handler results, incremental state.
import codecs
for data, enc in [(b'\x00\xd8\x00', 'utf-16-le'), (b'\x00\xdc\x00\x00', 'utf-16-le'), (b'\x00\xd8A\x00', 'utf-16-le'),
                  (b'a', 'utf-16-le'), (b'\xd8\x00', 'utf-16-be'), (b'\x00\xd8\x00\x00', 'utf-32-le'),
                  (b'\x00\x00\x11\x00', 'utf-32-le'), (b'abc', 'utf-32'), (b'\xff\xfe\x00', 'utf-16'),
                  (b'\x81', 'cp1252'), (b'\xe4\xb8x', 'utf-8'), (b'\xf0\x9f\x98', 'utf-8'), (b'\xc0\x80', 'utf-8')]:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
        try:
            print(enc, errors, repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, 'UnicodeDecodeError', e, e.start, e.end)
for s, enc in [('a\ud800b', 'utf-8'), ('a\ud800b', 'utf-16'), ('a\udcffb', 'utf-32-be'), ('ab€', 'latin-1'),
               ('\u0100', 'cp1252'), ('é€', 'ascii'), ('a\udc80\udcff', 'ascii')]:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass']:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError', e, e.start, e.end)
def to_bytes(exc):
    return (b'<' + str(exc.end - exc.start).encode() + b'>', exc.end)
codecs.register_error('tobytes', to_bytes)
print('aéé€b'.encode('ascii', 'tobytes'), 'x\u0100y'.encode('cp1252', 'tobytes'))
def skip_back(exc):
    return ('#', -1) if exc.end < len(exc.object) else ('$', exc.end)
codecs.register_error('back', skip_back)
print('éab'.encode('ascii', 'back') if False else 'skip')
def bad_result(exc):
    return 'notatuple'
codecs.register_error('bad', bad_result)
for call in [lambda: 'é'.encode('ascii', 'bad'), lambda: b'\xff'.decode('ascii', 'bad'), lambda: 'é'.encode('ascii', 'nosuch')]:
    try:
        call()
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
for errors in ['strict', 'ignore']:
    dec = codecs.getincrementaldecoder('utf-16-le')(errors)
    print(repr(dec.decode(b'a\x00\x3d')), repr(dec.decode(b'\xd8')), repr(dec.decode(b'\x00\xde')), end=' ')
    try:
        print(repr(dec.decode(b'\x00', final=True)))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
dec = codecs.getincrementaldecoder('utf-8')()
print([dec.decode(bytes([b])) for b in '€😀é'.encode()], dec.getstate())
enc = codecs.getincrementalencoder('utf-32')()
print(enc.encode('a'), enc.encode('b'), enc.getstate())
print(codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'), codecs.utf_16_ex_decode(b'a\x00', 'strict', 0, True))
print(codecs.utf_16_decode(b'\xff'), codecs.utf_16_decode(b'\xff\xfe'), codecs.utf_32_decode(b'\xff\xfe\x00'))
print(codecs.charmap_decode(b'\x00\x01\x02', 'strict', 'abc'), codecs.charmap_decode(b'\x00\x01', 'replace', {0: 'x', 1: None}))
print(codecs.charmap_decode(b'\x00\x01', 'strict', {0: 0x263a, 1: 'yz'}), codecs.charmap_encode('ab', 'strict', {97: 1, 98: b'zz'}))
for args in [(b'\x05', 'strict', 'abc'), (b'\x00', 'strict', {0: 2**30})]:
    try:
        print(codecs.charmap_decode(*args))
    except (UnicodeDecodeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    codecs.charmap_encode('abc', 'strict', {97: 1})
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
print(codecs.latin_1_encode('abc'), codecs.ascii_decode(b'abc'), codecs.readbuffer_encode(b'xy'), codecs.readbuffer_encode('é'))
for bad in [lambda: codecs.utf_8_encode(b'x'), lambda: codecs.utf_8_decode('x'), lambda: codecs.utf_8_decode(b'x', 5), lambda: codecs.register(5), lambda: codecs.register_error('x', 5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(codecs.lookup('UTF-16').name, codecs.lookup('CP1252').name, codecs.lookup('latin1').name, codecs.lookup('U8').name)
e = UnicodeDecodeError('utf-8', bytearray(b'ab'), 0, 2, 'why')
print(e, type(e.object), e.args)
e.reason = 'changed'
print(str(e), repr(e))
print(str(UnicodeEncodeError('ascii', 'x', 0, 1, 'r')), str(UnicodeEncodeError('ascii', '\U0001f600', 0, 1, 'r')), str(UnicodeEncodeError('ascii', 'xy', 0, 2, 'r')))
try:
    UnicodeEncodeError('ascii', b'x', 0, 1, 'r')
except TypeError as e:
    print('TypeError', e)
print(codecs.decode(b'\\u00e9\\n', 'unicode_escape'), codecs.encode('é\n', 'unicode_escape'), codecs.decode(b'a\\\nb', 'unicode_escape'))
print(bytes('abc', 'utf-16-be'), 'é'.encode('UTF_8'), 'é'.encode('Latin-1'), b'\xe9'.decode('ISO-8859-1'))
