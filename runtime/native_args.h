// Argument binding for native module functions and types: maps positional and
// keyword arguments onto named parameters with CPython 3.11's error messages,
// and creates the small helper types that native modules define.
#pragma once

#include <initializer_list>

#include "runtime/object.h"

namespace pyvm::runtime {

// Binds `args` to `names` (out[i] = the argument for names[i], or null when
// absent). Parameters before `positional_only` accept no keyword; at most
// `max_positional` arguments may be positional (-1: all of names); the first
// `required` names must be given. Raises and returns false on a mismatch.
struct ArgSpec {
  const char* function;  // for messages: "accumulate"
  std::initializer_list<const char*> names;
  int required = 0;
  int max_positional = -1;
  int positional_only = 0;
  // Missing-argument message of a Python function ("f() missing 1 required
  // positional argument: 'x'") instead of a built-in's.
  bool python_messages = false;
};
[[nodiscard]] bool bind_args(VM& vm, CallArgs args, const ArgSpec& spec, Value* out);

// Raises "NAME() takes no keyword arguments" when `args` has any; returns
// false when it raised.
[[nodiscard]] bool reject_keywords(VM& vm, CallArgs args, const char* function);

// Checks a positional-only signature the way CPython's unpacking helper does:
// "NAME expected 2 arguments, got 1", "NAME expected at least 2 arguments,
// got 1"; keywords are rejected first. Returns false when it raised.
[[nodiscard]] bool check_positional(VM& vm, CallArgs args, const char* function, int64_t min,
                                    int64_t max);

// A type `module.name` deriving from object with instances of `size` bytes.
Type* module_type_new(VM& vm, const char* module, const char* name, uint32_t size, TraceFn trace);

// The attribute `name` of the module `module` in sys.modules, or null (no
// exception set) when either is missing.
Value module_attribute(VM& vm, const char* module, const char* name);

// True when calling `v` is possible.
bool is_callable(VM& vm, Value v);

}  // namespace pyvm::runtime
