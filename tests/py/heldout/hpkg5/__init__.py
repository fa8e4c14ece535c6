"""A tiny stock-keeping package used by the held-out program h149."""
from .items import Item, Category
from .stock import Stock, OutOfStock

__all__ = ["Item", "Category", "Stock", "OutOfStock", "VERSION"]
VERSION = (1, 4, 2)
_private_flag = "hidden"
