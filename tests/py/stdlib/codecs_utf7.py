# UTF-7: CPython's direct/base64 choices, decoding errors and incremental decoding.
import codecs
print(''.join(chr(c) for c in range(128)).encode('utf-7'))
print('+a\U0001F600b~\\é-'.encode('utf-7'), 'A≢Α.'.encode('utf-7'), 'Hi Mom -☺-!'.encode('utf-7'), '日本語'.encode('utf-7'), '\ud800x'.encode('utf-7'))
for b in [b'+', b'+A', b'+AG', b'+AGE', b'+AGE-', b'+AGEA-', b'+AGF-', b'a+!b', b'\x80', b'+2D3cAA-', b'+2D0-x', b'+2D0', b'+AGEAYgBj', b'+-', b'+2D3cAA', b'a+ZeVnLIqe-b', b'+AGE.']:
    for err in ['strict', 'replace', 'ignore']:
        try:
            print(b, err, repr(b.decode('utf-7', err)))
        except UnicodeDecodeError as e:
            print(b, err, e, e.start, e.end)
for b in [b'a+AGE', b'a+AG', b'a+2D3c', b'a+', b'+AGE-x', b'abc']:
    print(codecs.utf_7_decode(b, 'strict', False))
dec = codecs.getincrementaldecoder('utf-7')()
text = '日本 + ~x\U0001F600'
print([dec.decode(bytes([c])) for c in text.encode('utf-7')], dec.decode(b'', True))
for s in ['', 'abc', '+', '~~', 'a\U0001F600', '\x00']:
    assert s.encode('utf-7').decode('utf-7') == s
print('roundtrip ok')
