# Sales report from CSV text: csv module, groupby, sorting with keys, format specs, totals table.
import csv
import io
from itertools import groupby
from operator import itemgetter
from statistics import mean, median

DATA = """region,rep,month,units,unit_price
North,Avery,2024-01,12,19.99
South,Blake,2024-01,7,249.00
North,Avery,2024-02,15,19.99
East,Casey,2024-01,30,4.50
South,Drew,2024-02,3,249.00
East,Casey,2024-02,28,4.50
North,Emery,2024-01,1,1299.00
"West, Coast",Finley,2024-02,9,59.95
South,Blake,2024-02,11,249.00
East,Gray,2024-02,0,4.50
"""

rows = []
for rec in csv.DictReader(io.StringIO(DATA)):
    rec["units"] = int(rec["units"])
    rec["unit_price"] = float(rec["unit_price"])
    rec["revenue"] = round(rec["units"] * rec["unit_price"], 2)
    rows.append(rec)
print(len(rows), "rows; fields:", list(rows[0]))

rows.sort(key=itemgetter("region", "month"))
print(f"{'Region':<12}|{'Month':^9}|{'Units':>6}|{'Revenue':>12}")
print("-" * 12 + "+" + "-" * 9 + "+" + "-" * 6 + "+" + "-" * 12)
grand = 0.0
for region, group in groupby(rows, key=itemgetter("region")):
    group = list(group)
    for month, sub in groupby(group, key=itemgetter("month")):
        sub = list(sub)
        units = sum(r["units"] for r in sub)
        rev = sum(r["revenue"] for r in sub)
        grand += rev
        print(f"{region:<12}|{month:^9}|{units:>6d}|{rev:>12,.2f}")
print(f"{'TOTAL':<12}|{'':^9}|{sum(r['units'] for r in rows):>6}|{grand:>12,.2f}")

by_rep = {}
for r in rows:
    by_rep.setdefault(r["rep"], []).append(r["revenue"])
ranking = sorted(by_rep.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
for place, (rep, revs) in enumerate(ranking, 1):
    bar = "#" * round(sum(revs) / 400)
    print(f"{place:>2}. {rep:<7} {sum(revs):>9.2f} avg={mean(revs):>8.2f} {bar}")
print("median revenue:", median(r["revenue"] for r in rows))
print("zero-unit rows:", [r["rep"] for r in rows if not r["units"]])

out = io.StringIO()
w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(["rep", "total", "note"])
for rep, revs in ranking[:4]:
    w.writerow([rep, f"{sum(revs):.2f}", 'says "hi", ok' if rep == "Blake" else ""])
print(out.getvalue(), end="")
print(f"{grand:e} {grand:.3g} {grand:_.0f} {int(grand):#x} {0.1234:+.1%}")
