# Plugins subpackage of hpkg3.
from ..registry import register as _register

PLUGIN_API = 2
