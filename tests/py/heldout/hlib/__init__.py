# skip: helper package for tests/py/heldout
"""Helper package for the held-out programs."""
VERSION = (1, 2)
from .util import slugify, Registry  # noqa: E402
