"""Helpers shared by the inventory toolkit."""
import re

CALLS = []


def slugify(text):
    CALLS.append(text)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
