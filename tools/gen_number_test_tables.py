# Generates the expected-value tables of tests/unit/{int,float,format}_test.cpp
# by running python3.11 (the oracle). Usage: python3.11 tools/gen_number_test_tables.py tests/unit/{int,float,format}_test.cpp
import math, random, struct, sys
assert sys.version_info[:2] == (3, 11)

def outcome(f):
    try:
        r = f()
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)
    try:
        return repr(r)
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)

def cstr(s):
    out = '"'
    for ch in s:
        o = ord(ch)
        if ch in '"\\': out += '\\' + ch
        elif 32 <= o < 127: out += ch
        else:
            for b in ch.encode('utf-8'): out += '\\x%02x""' % b
    return out + '"'

def bits(x): return struct.unpack('<Q', struct.pack('<d', x))[0]

OPS = ['+','-','*','//','%','**','<<','>>','&','|','^','/']
def int_ops():
    vals = [0,1,-1,2,-3,7,100,-100,2**31,2**53+1,2**62-1,-2**62,2**62,-2**62-1,2**63,2**64+5,-(10**30)+17,3**100,-(7**80)]
    rows = []
    for a in vals:
        for b in vals:
            for op in OPS:
                if op == '**' and not (-3 <= b <= 100 or a in (0,1,-1)): continue
                if op == '<<' and not (b <= 300 or a == 0): continue
                rows.append('    {%s, "%s", %s, %s},' % (cstr(str(a)), op, cstr(str(b)), cstr(outcome(lambda: eval('a %s b' % op, {'a': a, 'b': b})))))
    return rows

FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, -1e-300, 5e-324, math.inf, -math.inf, math.nan, 2.5, 3.0, -7.0, 1e16, 123456.789, 0.5, -2.0]
FOPS = ['+','-','*','/','//','%','**']
def float_ops():
    rows = []
    for a in FLOATS:
        for b in FLOATS:
            for op in FOPS:
                rows.append('    {0x%016xull, "%s", 0x%016xull, %s},' % (bits(a), op, bits(b), cstr(outcome(lambda: eval('a %s b' % op, {'a': a, 'b': b})))))
    return rows

MIXED_INTS = [0, 3, -2, 2**53+1, -(2**60), 10**400, 2**1024 - 2**970, 2**1024 - 2**971]
def mixed_ops():
    rows = []
    for a in MIXED_INTS:
        for b in FLOATS:
            for op in FOPS:
                if op == '**' and abs(a) > 1000: continue
                rows.append('    {%s, "%s", 0x%016xull, %s, %s},' % (cstr(str(a)), op, bits(b), cstr(outcome(lambda: eval('a %s b' % op, {'a': a, 'b': b}))), cstr(outcome(lambda: eval('b %s a' % op, {'a': a, 'b': b})))))
    return rows

def compares():
    ints = [0, 1, -1, 2**53, 2**53+1, -(2**53+1), 2**63, 2**64+1, 10**400, -10**400, 2**1023, 9007199254740993]
    fl = [0.0, -0.0, 1.0, 0.5, -1.5, 9007199254740992.0, 9007199254740994.0, -9007199254740992.0, 2.0**63, 2.0**64, 2.0**1023, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 1e-300]
    rows = []
    for a in ints:
        for b in fl:
            c = '<' if a < b else '=' if a == b else '>' if a > b else '?'
            rows.append('    {%s, 0x%016xull, \'%s\'},' % (cstr(str(a)), bits(b), c))
    return rows

def reprs():
    random.seed(11)
    vals = list(FLOATS) + [1e15, 1e16, 1e17, 1e-4, 1e-5, 0.0001234, 123456789012345680.0, 1.5e-5, 2.0**-1074, 1.7976931348623157e308, 0.3, 2/3, 100.0, 1e22, 1e23, 9.999999999999999e15, 12345678901234567.0]
    for i in range(300):
        vals.append(struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0])
    for i in range(200):
        vals.append(random.uniform(-1e6, 1e6) * 10.0 ** random.randint(-25, 25))
    for i in range(100):
        vals.append(float(random.randint(-10**6, 10**6)) / 8)
    rows = []
    for v in vals:
        if math.isnan(v): continue
        rows.append('    {0x%016xull, %s, %dll},' % (bits(v), cstr(repr(v)), hash(v)))
    return rows

def int_hashes():
    vals = [0, 1, -1, -2, 2**61-2, 2**61-1, 2**61, -2**61, 2**62-1, -2**62, 2**62, 10**30, -10**30, 3**200, 2**64]
    return ['    {%s, %dll},' % (cstr(str(v)), hash(v)) for v in vals]

def int_parse():
    cases = [('12', 10), (' 12 ', 10), ('-0x_1F', 0), ('0x1f', 16), ('0b101', 0), ('0o17', 0), ('017', 0), ('00', 0), ('0_0', 0),
             ('1_000', 10), ('1__0', 10), ('_1', 10), ('1_', 10), ('', 10), ('z', 36), ('Z', 36), ('9', 8), ('0x', 16), ('+ 1', 10),
             ('\t-42\n', 10), ('123456789012345678901234567890', 10), ('-ffffffffffffffffffff', 16), ('1'*4301, 10), ('1'*4300, 10),
             ('f'*5000, 16), ('x'*300, 10), ('12e3', 10), ('0x10', 10), ('10', 2), ('1.5', 10), ('0X1F', 0), ('0b', 0), ('-0', 10)]
    rows = []
    for s, b in cases:
        try:
            v = int(s, b)
            r = repr(v) if abs(v) < 10**300 else 'hash:%d' % hash(v)
        except Exception as e:
            r = "!%s: %s" % (type(e).__name__, e)
        rows.append('    {%s, %d, %s},' % (cstr(s), b, cstr(r)))
    return rows

def float_parse():
    cases = ['1.5', ' 1e5 ', '1_0', '1__0', '1_.5', '1._5', '1e_5', '1e5_0', '_1', '1_', '.5', '5.', '.', 'e5', '-inFinity', '+nan', '-nan', 'infi', '1e500', ' ', '', '0x10', '-0', '1e-400', '2.4703282292062328e-324', '2.4703282292062327e-324', '0.1', '123456789012345678901234567890', 'x', '+1.5E+3', '1.7976931348623157e308', '1.7976931348623159e308', '  -.25\n']
    return ['    {%s, %s},' % (cstr(s), cstr(outcome(lambda: float(s)))) for s in cases]

def rounds():
    vals = [2.675, 0.125, 0.375, -0.4, -0.001, 1.7e308, 2.5, 3.5, -2.5, 5e-324, 1e-320, 123.456, -123.456, 1e20, 1.23456789e-300, 0.5, 1.5, 1e300, math.inf, math.nan, 1234.5678, 0.285, 1.005]
    nds = [None, 0, 1, 2, 3, -1, -2, -308, -309, 305, 323, 400, -400]
    rows = []
    for v in vals:
        for n in nds:
            rows.append('    {0x%016xull, %d, %s},' % (bits(v), 999 if n is None else n, cstr(outcome(lambda: round(v, n) if n is not None else round(v)))))
    return rows

def divisions():
    random.seed(5)
    rows = []
    for i in range(300):
        a = random.getrandbits(random.randint(1, 1200)) * random.choice([1, -1])
        b = random.getrandbits(random.randint(1, 1200)) or 1
        rows.append('    {%s, %s, %s},' % (cstr(str(a)), cstr(str(b)), cstr(outcome(lambda: a / b))))
    for i in range(100):
        a = random.getrandbits(random.randint(54, 1100))
        rows.append('    {%s, "1", %s},' % (cstr(str(a)), cstr(outcome(lambda: float(a)))))
    # subnormal results
    for i in range(60):
        a = random.getrandbits(60) + 1
        b = 2 ** random.randint(1070, 1140) + random.getrandbits(40)
        rows.append('    {%s, %s, %s},' % (cstr(str(a)), cstr(str(b)), cstr(outcome(lambda: a / b))))
    return rows

def formats():
    specs_i = ['', 'd', '5', '<5', '^7', '=+8', 'x=+8', '+', ' ', ',', '_', '010,', '09,', '08,', '#x', '#X', '#b', '#o', '#010b', '#012_x', 'b', 'o', 'x', 'X', 'c', 'n', 'e', '.2f', '%', 'g', 's', '.2d', '+c', ',x', '_c', ',b', '_b', 'z', ',_', 'abc', '.', '#c', '05', '-', 'é^6', '1000000000000000000000', ',n', '_n', ',.2f', '012,.1f', 'E']
    specs_f = ['', '.3', '.2', '10', '010', '+', '#', '#.0f', '#.0e', '#g', '#.3', ',.2f', '_', ',', 'z', 'z.2f', 'z.3e', '%', '.0%', 'E', 'F', 'G', 'g', 'e', 'f', '.1f', '.2f', '.0f', '.17g', '.3g', 'n', '10.3%', '<10,', '=010,.2f', 'd', 'c', 'abc', '.x', ',_', '_n', '^12.4e', '*>12', '.30f', '.15e', '-', ' ', 'x<10']
    ints = [0, 1, -1, 12, -12, 255, -255, 1234, 1234567, -123456789, 65, 2**70, -(3**50), 0x10ffff]
    flts = [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e16, 1e-5, 2.5e-5, 123.456, 1234.5, 12345.678, 1e20, 1e100, 1e300, 5e-324, math.inf, -math.inf, math.nan, 0.5, 1.25, 0.125, 2.5, 9.99, 123456789.0, 1e-4, -1e-10, 1234567.0, 1.005, 2.675]
    strs = ['', 'abc', 'é', 'hello world']
    specs_s = ['', 's', '5', '<5', '>5', '^7', '*^8', '.2', '>5.1', '05', 'd', '+', '=5', '#', ',', '_', 'z', '.0', 'é>4', '10.3s']
    rows = []
    for v in ints:
        for s in specs_i:
            rows.append('    {\'i\', %s, %s, %s},' % (cstr(str(v)), cstr(s), cstr(outcome(lambda: format(v, s)))))
    for v in flts:
        for s in specs_f:
            rows.append('    {\'f\', "0x%016x", %s, %s},' % (bits(v), cstr(s), cstr(outcome(lambda: format(v, s)))))
    for v in strs:
        for s in specs_s:
            rows.append('    {\'s\', %s, %s, %s},' % (cstr(v), cstr(s), cstr(outcome(lambda: format(v, s)))))
    for v in [1+2j, 2j, complex(1.5, -0.0), -0j, complex(math.nan, math.inf), complex(-0.0, 1), 1e20+2j]:
        for s in ['', '.2f', '10', 'g', '=10', '010', '+', 'd', '%', '^20.3e', '.3', 'n', ',', '#', 'z', 's', '0<10', '<14']:
            rows.append('    {\'c\', "0x%016x 0x%016x", %s, %s},' % (bits(v.real), bits(v.imag), cstr(s), cstr(outcome(lambda: format(v, s)))))
    return rows

def complex_cases():
    vals = [1+2j, 2j, complex(1.5, -0.0), -0j, complex(math.nan, math.inf), complex(-0.0, 1), 1e16j, complex(-0.0, -1), 3+0j, complex(0, -2)]
    others = [1+2j, 0j, 2, 1.5, -1j, complex(3, -4), 0]
    rows = []
    for a in vals:
        for b in others:
            for op in ['+', '-', '*', '/', '**', '==']:
                rows.append('    {0x%016xull, 0x%016xull, %s, "%s", %s},' % (bits(a.real), bits(a.imag), cstr(repr(b)), op, cstr(outcome(lambda: eval('a %s b' % op, {'a': a, 'b': b})))))
    return rows

def complex_misc():
    rows = []
    for v in [1+2j, 2j, complex(1.5, -0.0), -0j, complex(math.nan, math.inf), complex(-0.0, 1), 1e16j, complex(-0.0, -1), 3+0j, complex(1e308, 1e308), complex(3, 4)]:
        h = 0 if math.isnan(v.real) or math.isnan(v.imag) else hash(v)  # NaN hashes are identity-based
        rows.append('    {0x%016xull, 0x%016xull, %s, %dll, %s},' % (bits(v.real), bits(v.imag), cstr(repr(v)), h, cstr(outcome(lambda: abs(v)))))
    return rows

def cparse():
    cases = ['1+2j', '(1+2j)', ' ( 1-2j ) ', '2j', '-j', 'j', '+j', '1e5', '1e+5j', '1e-5-1e5j', 'inf+nanj', '1 + 2j', '', '()', '1+2', 'x', '1+2jj', '-1.5', 'nanj', '1_0+2_0j']
    return ['    {%s, %s},' % (cstr(s), cstr(outcome(lambda: complex(s)))) for s in cases]

TABLES = {
  'INT_OPS': int_ops, 'INT_HASHES': int_hashes, 'INT_PARSE': int_parse, 'DIVISIONS': divisions, 'COMPARES': compares,
  'FLOAT_OPS': float_ops, 'MIXED_OPS': mixed_ops, 'REPRS': reprs, 'FLOAT_PARSE': float_parse, 'ROUNDS': rounds,
  'FORMATS': formats, 'COMPLEX_OPS': complex_cases, 'COMPLEX_MISC': complex_misc, 'COMPLEX_PARSE': cparse,
}

def fill(path):
    src = open(path).read()
    for name, fn in TABLES.items():
        begin = '// BEGIN GENERATED %s\n' % name
        end = '    // END GENERATED %s\n' % name
        if begin not in src: continue
        a = src.index(begin) + len(begin)
        b = src.index(end)
        src = src[:a] + '\n'.join(fn()) + '\n' + src[b:]
    open(path, 'w').write(src)

for p in sys.argv[1:]:
    fill(p)
