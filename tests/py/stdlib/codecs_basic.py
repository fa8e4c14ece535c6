# codecs: the registry, text encodings, incremental codecs and error handlers.
import codecs
import encodings
print(codecs.lookup('utf-8').name, codecs.lookup('UTF8').name, codecs.lookup('latin_1').name)
print('xé'.encode('latin-1'), 'héllo'.encode('utf-16'), 'hé'.encode('utf-16-be'), 'a'.encode('utf-32'))
print(b'\xff\xfeh\x00i\x00'.decode('utf-16'), b'\x00h\x00i'.decode('utf-16-be'))
print('abc€'.encode('cp1252'), b'\x80abc'.decode('cp1252'))
print('Ω'.encode('iso8859_7'), 'привет'.encode('koi8_r').decode('koi8_r'))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')), repr(d.decode(b'\xac!')), repr(d.decode(b'', final=True)))
d = codecs.getincrementaldecoder('utf-16')()
out = [d.decode(bytes([b])) for b in 'héllo'.encode('utf-16')]
print(out)
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('ab'), e.encode('c'))
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    try:
        print(errors, 'aé€\U0001F600'.encode('ascii', errors))
    except UnicodeEncodeError as e:
        print(errors, 'error', e)
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    try:
        print(errors, repr(b'a\xff\xfeb\xe4\xb8'.decode('utf-8', errors)))
    except UnicodeDecodeError as e:
        print(errors, 'error', e)
s = b'a\xff\x80'.decode('utf-8', 'surrogateescape')
print(repr(s), s.encode('utf-8', 'surrogateescape'))
print('\ud800'.encode('utf-8', 'surrogatepass'), b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800')
def handler(exc):
    print('handler', type(exc).__name__, exc.start, exc.end, exc.reason)
    if isinstance(exc, UnicodeEncodeError):
        return ('<%d>' % ord(exc.object[exc.start]), exc.start + 1)
    return ('?', exc.end)
codecs.register_error('mine', handler)
print('aéb'.encode('ascii', 'mine'), b'a\xffb'.decode('ascii', 'mine'))
print(codecs.lookup_error('strict'), codecs.lookup_error('mine') is handler)
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print('LookupError', e)
try:
    codecs.lookup('nope-codec')
except LookupError as e:
    print('LookupError', e)
print(codecs.encode('abc', 'rot13'))
try:
    'abc'.encode('rot13')
except LookupError as e:
    print('LookupError', e)
print(codecs.escape_decode(b'a\\n\\x41'), codecs.escape_encode(b'a\n\x00'))
print('a\n\xe9\u1234'.encode('unicode_escape'), b'a\\n\\xe9\\u1234'.decode('unicode_escape'))
print('a\xe9\u1234'.encode('raw_unicode_escape'), b'a\\u1234'.decode('raw_unicode_escape'))
print(codecs.charmap_build('abc'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE)
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00a', 'strict', 0, True))
print(codecs.utf_8_decode(b'ab\xc3', 'strict', False), codecs.utf_8_decode(b'ab\xc3\xa9'))
r = codecs.strict_errors
try:
    r(ValueError('x'))
except ValueError as e:
    print('strict raised', e)
print(codecs.replace_errors(UnicodeEncodeError('ascii', 'aéé', 1, 3, 'r')))
print(codecs.backslashreplace_errors(UnicodeDecodeError('ascii', b'a\xff', 1, 2, 'r')))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', 'aé', 1, 2, 'r')))
print(bytes('é', 'utf-16-le'), str(b'\xe9\x00', 'utf-16-le'))
