# time.struct_time, gmtime, strftime, asctime, mktime on fixed inputs.
import time

t = time.gmtime(0)
print(t)
print(len(t), t[0], t[-1], t.tm_year, t.tm_wday, t.tm_yday)
print(tuple(time.gmtime(86400 * 365 + 3661)))
print(time.gmtime(1.9).tm_sec, tuple(time.gmtime(-1.5))[:6])
print(time.gmtime(1700000000))
print(type(t).__name__, isinstance(t, tuple), time.struct_time.n_sequence_fields)
y, mo, d, *rest = time.gmtime(951782400)  # 2000-02-29
print(y, mo, d, rest)

s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s == (2020, 1, 2, 3, 4, 5, 6, 7, 0), s[1:3])
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9]).tm_isdst)

fixed = (2021, 3, 14, 15, 9, 26, 6, 73, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S", fixed))
print(time.strftime("%a %A %b %B %d %j %p %I %y %w %%", fixed))
print(time.strftime("%Y/%m/%d", time.gmtime(0)))
print(time.strftime("", fixed) == "")
print(time.strftime("%Y %m %d %j", (2020, 0, 0, 3, 4, 5, 6, 0, 0)))
print(time.asctime(fixed))
print(time.asctime(time.gmtime(1700000000)))
print(time.asctime((2020, 1, 2, 3, 4, 5, 6, 7, 0)))

# mktime inverts localtime, whatever the time zone.
for secs in (0, 86400 * 1000, 1700000000):
    print(time.mktime(time.localtime(secs)) == secs)
print(type(time.mktime(time.localtime(0))).__name__)
print(time.ctime(1700000000) == time.asctime(time.localtime(1700000000)))
print(isinstance(time.perf_counter_ns(), int), isinstance(time.monotonic_ns(), int))
print(isinstance(time.process_time(), float))

for bad in [(1, 2), "x", (2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        print(time.strftime("%Y", bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in (lambda: time.asctime((1, 2)), lambda: time.mktime((1, 2)),
             lambda: time.gmtime("x"), lambda: time.struct_time((1, 2)),
             lambda: time.struct_time(range(12))):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
