// Name operations on a frame's locals namespace (LOAD_NAME, STORE_NAME,
// DELETE_NAME, LOAD_CLASSDEREF, SETUP_ANNOTATIONS): an exact dict directly,
// any other mapping (exec/eval with a mapping as locals, dict subclasses)
// through its __getitem__ / __setitem__ / __delitem__, as CPython 3.11 does.
#pragma once

#include "runtime/object.h"

namespace pyvm::vm {

class VM;

// mapping[name]; null without an exception when the name is missing
// (KeyError), null with an exception pending on any other error.
[[nodiscard]] Value locals_get(VM& vm, Value mapping, runtime::Str* name);
// mapping[name] = value. Returns 0, or -1 with an exception pending.
[[nodiscard]] int locals_set(VM& vm, Value mapping, runtime::Str* name, Value value);
// del mapping[name]. Returns 1 when removed, 0 when missing (nothing
// raised), -1 with an exception pending.
[[nodiscard]] int locals_delete(VM& vm, Value mapping, runtime::Str* name);

}  // namespace pyvm::vm
