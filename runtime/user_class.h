// User-defined classes: `class` statements (__build_class__), class creation
// with C3 MRO, the generic slots that dispatch to dunder methods found along
// the MRO, attribute access with descriptors, and zero-argument super().
//
// A user class is a Type whose slots are these generic functions; its
// instances are runtime::Instance objects (attributes in shapes), or, for
// subclasses of exceptions, BaseException objects whose attributes live in
// the exception's dict.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

void trace_instance(Object* self, Tracer& tracer);
void finalize_instance(Object* self);

// type(name, bases, namespace): a new class. Null with an exception on error.
[[nodiscard]] Value create_class(VM& vm, Str* name, Tuple* bases, Dict* ns);

// Adds __build_class__ and super to the builtins dict.
void add_class_builtins(VM& vm, Dict* builtins);
void init_class_types(VM& vm);

}  // namespace pyvm::runtime
