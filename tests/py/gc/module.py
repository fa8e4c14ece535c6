# The gc module's interface: enable/disable/isenabled, collect, get_stats shape.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
n = gc.collect()
print(type(n).__name__, n >= 0)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]), sorted(stats[2]))
count = gc.get_count()
print(type(count).__name__, len(count))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
