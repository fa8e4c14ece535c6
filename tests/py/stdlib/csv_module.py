# csv over the native _csv: reader with quoting, doubled quotes, quoted
# newlines, escapechar, skipinitialspace, QUOTE_NONNUMERIC, custom and
# registered dialects; writer quoting rules (minimal, all, nonnumeric, none
# with escapechar), empty-field rows; DictReader/DictWriter; Sniffer; errors.
import csv
import io

rows = list(csv.reader(['name,age,city', 'Ann,30,"New York, NY"', '"Bob ""B"" Jr",25,"Multi', 'line"', '', 'x,,']))
print(rows)
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")), list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(["a\\,b,c"], escapechar="\\")), list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a"b"c,d'])), list(csv.reader(['"a"b,d'])), list(csv.reader(['a,"b\n', 'c"\n'])))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")), list(csv.reader(["x\r\n", "y\n"])))
r = csv.reader(["a,b", "c,d"])
print(next(r), r.line_num, r.dialect.delimiter, r.dialect.quoting, r.dialect.lineterminator == "\r\n")
for bad, kw in [(['a"b"c,d', 'x'], {"strict": True}), (['"a"b,d'], {"strict": True}), (["a\rb,c"], {}), ([b"a"], {}), (['a,"b'], {"strict": True})]:
    try:
        print(list(csv.reader(bad, **kw)))
    except csv.Error as e:
        print("Error:", e)
for kw in [{"delimiter": "ab"}, {"quoting": 9}, {"delimiter": None}, {"lineterminator": 5}]:
    try:
        csv.reader([], **kw)
    except TypeError as e:
        print("TypeError:", e)
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["a\rb", "c\nd", "e,f", 'g"h', "", None, 1.5, " x"])
w.writerow([""])
w.writerow([None])
w.writerow([])
w.writerows([[1, 2], ("t", "u")])
print(repr(buf.getvalue()))
for kw in [{"lineterminator": "\n"}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC},
           {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"delimiter": "|", "quotechar": "'"}, {"doublequote": False, "escapechar": "!"}]:
    buf = io.StringIO()
    print(csv.writer(buf, **kw).writerow(["a", 1, "b|c", "q'\"", None, 2.5, "x,y", True]), repr(buf.getvalue()))
for row in [["a,b"], 5]:
    try:
        csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(row)
    except csv.Error as e:
        print("Error:", e)


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


csv.register_dialect("semi", Semi)
csv.register_dialect("pipes", delimiter="|")
print(sorted(csv.list_dialects()), csv.get_dialect("semi").delimiter, csv.get_dialect("pipes").delimiter)
print(list(csv.reader(["1;2;'3'"], "semi")), list(csv.reader(["1|2"], dialect="pipes")))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error:", e)
data = io.StringIO("id,name,score\n1,ann,9.5\n2,bob,7\n")
records = list(csv.DictReader(data))
print(records, records[0]["name"])
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "extra"], restval="-", extrasaction="ignore")
dw.writeheader()
dw.writerows([{"id": 1, "name": "ann", "score": 3}, {"id": 2, "name": "b,c"}])
print(repr(out.getvalue()))
sample = "a;b;c\n1;2;3\n4;5;6\n"
dialect = csv.Sniffer().sniff(sample)
print(dialect.delimiter, csv.Sniffer().has_header(sample))
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["x" * 11]))
except csv.Error as e:
    print("Error:", e)
csv.field_size_limit(131072)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__, csv.Error.__mro__[1].__name__)
