"""A backend whose import fails."""
from . import register
from ..models import Crate  # noqa: F401
