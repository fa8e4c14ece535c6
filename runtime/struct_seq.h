// Struct sequences: named tuples made by native modules (sys.float_info,
// sys.int_info, sys.version_info, ...). An instance is a real tuple whose
// type derives from tuple, so indexing, unpacking, comparison and hashing are
// the tuple's; the type adds one attribute per field and CPython's repr
// `module.name(field=value, ...)`. The field names are the type's
// `__match_args__`, as in CPython.
#pragma once

#include <initializer_list>

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates the type `module.name` with the given fields.
Type* struct_seq_type_new(VM& vm, const char* module, const char* name,
                          std::initializer_list<const char*> fields);
// An instance of `type` holding `items` (one per field).
Value struct_seq_new(VM& vm, Type* type, const Value* items, int64_t count);

}  // namespace pyvm::runtime
