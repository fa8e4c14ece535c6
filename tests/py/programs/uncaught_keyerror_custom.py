# An inventory lookup that fails with an uncaught custom exception carrying notes and a context chain.
class InventoryError(LookupError):
    def __init__(self, sku, warehouse):
        super().__init__(sku, warehouse)
        self.sku = sku
        self.warehouse = warehouse

    def __str__(self):
        return f"SKU {self.sku} not stocked in {self.warehouse}"


STOCK = {"north": {"A1": 5, "B2": 0}, "south": {"A1": 2}}


def available(warehouse, sku):
    try:
        return STOCK[warehouse][sku]
    except KeyError:
        raise InventoryError(sku, warehouse)


def reserve(order):
    reserved = []
    for warehouse, sku, qty in order:
        have = available(warehouse, sku)
        if have < qty:
            err = InventoryError(sku, warehouse)
            err.add_note(f"wanted {qty}, have {have}")
            raise err
        reserved.append((warehouse, sku, qty))
    return reserved


print(reserve([("north", "A1", 2), ("south", "A1", 1)]))
for order in ([("north", "B2", 1)], [("east", "A1", 1)], [("south", "C3", 1)]):
    try:
        reserve(order)
    except InventoryError as e:
        ctx = e.__context__
        print(f"failed: {e} | notes={getattr(e, '__notes__', None)} | context={ctx!r}")
        print("  isinstance LookupError:", isinstance(e, LookupError), e.args)

print(reserve([("north", "A1", 1), ("south", "Z9", 1)]))
