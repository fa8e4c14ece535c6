from ..items import Category
from .. import stock as _stock_module


def render(stock):
    lines = []
    for item, count in stock:
        lines.append(f"{item.sku:<6}{item.name:<14}{item.category.value:>6}{count:>4}{item.price:>9}")
    lines.append("-" * 39)
    lines.append(f"{'total units':<26}{len(stock):>13}")
    return "\n".join(lines)


def by_category(stock):
    out = {c: 0 for c in Category}
    for item, count in stock:
        out[item.category] += count
    return out


STOCK_MODULE_NAME = _stock_module.__name__
