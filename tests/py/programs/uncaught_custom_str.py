# Uncaught custom exception with a __str__ override, raised from a method via a property.
class ValidationError(ValueError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
        super().__init__(field, value)

    def __str__(self):
        return f"{self.field} has invalid value {self.value!r}"


class Order:
    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    @property
    def total(self):
        if self.qty < 0:
            raise ValidationError("qty", self.qty)
        return self.qty * self.price


orders = [Order(2, 9.99), Order(10, 0.5), Order(1, 100)]
print([round(o.total, 2) for o in orders])
print(f"{sum(o.total for o in orders):10.2f}")
try:
    Order(-1, 5).total
except ValidationError as e:
    print("caught:", e, e.args, isinstance(e, ValueError))
print(repr(ValidationError("x", 1)))
print(Order(-3, 1.0).total)
