// str_format: the two string-formatting languages of str beyond format():
// printf-style `str % args` and `str.format(*args, **kwargs)` /
// `str.format_map(mapping)`, with CPython 3.11's results and error messages.
// Each value is formatted by the shared helpers of runtime/format.h,
// runtime/builtins.h (format, ascii) and runtime/float.h.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// format % args: `args` is a tuple (one item per conversion), a mapping (for
// `%(key)s` conversions) or any other single value. Returns a str, or null
// with TypeError/ValueError/OverflowError pending.
[[nodiscard]] Value str_percent_format(VM& vm, Str* format, Value args);

// Adds str.format and str.format_map to the str type; called by init_str_type.
void init_str_format(VM& vm);

}  // namespace pyvm::runtime
