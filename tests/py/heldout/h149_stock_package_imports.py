# Imports of a local package: relative imports, subpackages, __all__ with star-import, module attributes, errors.
import os
import sys

sys.path.insert(0, os.getcwd())

import hpkg5
from hpkg5 import *
from hpkg5.reports import text as report_text
import hpkg5.reports.text
from hpkg5.items import Category as Cat

print(sorted(n for n in dir() if not n.startswith("_") and n[0].isupper()))
print(hpkg5.VERSION, ".".join(map(str, VERSION)), "_private_flag" in dir(), hasattr(hpkg5, "_private_flag"))
print(hpkg5.__name__, hpkg5.items.__name__, hpkg5.reports.__package__, report_text.__package__)
print(report_text is hpkg5.reports.text, Cat is Category, report_text.STOCK_MODULE_NAME)
print(sorted(k for k in sys.modules if k.startswith("hpkg5")))

s = Stock()
s.add(Item("T-100", "hammer", Category.TOOL, 1599)).add(Item("F-001", "apples", Category.FOOD, 349, ("fresh",)), 12)
s.add(Item("Y-042", "kite", Cat.TOY, 2000), 2).add(Item("T-101", "wrench", Category.TOOL, 1250), 3)
print(report_text.render(s))
print({c.name: n for c, n in report_text.by_category(s).items()})
print(s.take("F-001", 5).price, len(s))
try:
    s.take("Y-042", 3)
except OutOfStock as e:
    print(type(e).__module__, type(e).__qualname__, e, e.args)
try:
    s.take("NOPE")
except hpkg5.stock.OutOfStock as e:
    print("missing:", e.have)
try:
    from hpkg5 import missing_name
except ImportError as e:
    print(e)
try:
    import hpkg5.nothing_here
except ModuleNotFoundError as e:
    print(e, e.name)
item = Item("Z", "zed", Category.TOY, 5)
try:
    item.price_cents = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(item, item == Item("Z", "zed", Category.TOY, 5), hash(item) == hash(Item("Z", "zed", Category.TOY, 5)))
import importlib
mod = importlib.import_module(".stock", "hpkg5")
print(mod is hpkg5.stock, importlib.import_module("hpkg5.reports").text.__name__)
