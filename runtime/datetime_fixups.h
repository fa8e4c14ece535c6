// Fixups pyvm applies to CPython's pure-Python datetime module, which it runs
// in place of the C accelerator `_datetime` that CPython uses.
#pragma once

#include "runtime/module.h"

namespace pyvm::runtime {

// Wraps the module's field range checks (`_check_date_fields`,
// `_check_time_fields`) so that out-of-range fields raise ValueError with
// the C module's messages ("day is out of range for month", "year 0 is out
// of range", "hour must be in 0..23") instead of datetime.py's
// (message, value) pairs. A no-op for a module without those functions.
void fix_datetime_module(VM& vm, Module* module);

}  // namespace pyvm::runtime
