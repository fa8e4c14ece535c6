// Declarations shared by the files that implement user-defined classes
// (runtime/user_class*.cpp); not for use elsewhere.
#pragma once

#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/ops.h"
#include "runtime/user_class.h"

namespace pyvm::runtime {

Value object_compare_dunder(VM& vm, Str* name);  // runtime/object_compare.cpp
// True for object's own __eq__, __ne__, __lt__... (runtime/object_compare.cpp):
// a class that inherits them defines no comparison of its own.
[[nodiscard]] bool is_object_compare(VM& vm, Value method);
// Stores the `__dict__` and/or `__weakref__` descriptors of a class whose
// instances get them from it (runtime/user_class_attributes.cpp).
void add_instance_descriptors(VM& vm, UserType* cls, bool add_dict, bool add_weakref);

inline bool is_type_layout(const Type* t) { return (t->flags & kTypeTypeSubclass) != 0; }
inline bool is_exception_layout(const Type* t) { return (t->flags & kTypeBaseException) != 0; }

[[nodiscard]] bool is_type_value(VM& vm, Value v);
[[nodiscard]] Value lookup(VM& vm, Type* type, const char* name);
[[nodiscard]] size_t keyword_count(CallArgs args);
// Calls `f(first, *args, **kwargs)`.
[[nodiscard]] Value call_prepending(VM& vm, Value f, Value first, CallArgs args);
// The native function behind `v` (through staticmethod/classmethod), or null.
[[nodiscard]] NativeFunction* native_of(VM& vm, Value v);
// The built-in base fixing a user class's instance layout (object for plain
// instances): its slots apply when no dunder overrides them.
[[nodiscard]] Type* layout_of_user(const Type* t);
// "__x__"-like names: the only ones with special meaning in attribute paths.
[[nodiscard]] bool is_dunder_name(const Str* name);
[[nodiscard]] Value call1(VM& vm, Value f, Value a);
[[nodiscard]] Value call2(VM& vm, Value f, Value a, Value b);
[[nodiscard]] Value instance_repr(VM& vm, Value self);
// object.__new__(cls, *args, **kwargs)
[[nodiscard]] Value object_new(VM& vm, CallArgs args);
// object.__init__(self, *args, **kwargs)
[[nodiscard]] Value object_init(VM& vm, CallArgs args);
[[nodiscard]] Value object_init_subclass(VM& vm, CallArgs args);
[[nodiscard]] Value object_getattribute_native(VM& vm, CallArgs args);
[[nodiscard]] Value object_setattr_native(VM& vm, CallArgs args);
// type.__new__(metaclass, name, bases, namespace, **kwargs)
[[nodiscard]] Value type_new(VM& vm, CallArgs args);
[[nodiscard]] Value type_init(VM& vm, CallArgs args);
[[nodiscard]] Value type_call_native(VM& vm, CallArgs args);
[[nodiscard]] Value type_prepare(VM& vm, CallArgs);
[[nodiscard]] Value type_instancecheck(VM& vm, CallArgs args);
[[nodiscard]] Value type_subclasscheck(VM& vm, CallArgs args);
[[nodiscard]] Value type_subclasses(VM& vm, CallArgs args);
[[nodiscard]] Value type_mro(VM& vm, CallArgs args);
// Points each slot of `cls` at the dunder dispatcher when a class of its MRO
// defines the dunder in Python; otherwise keeps the built-in layout's slot.
void install_slots(VM& vm, UserType* cls);
// The built-in base fixing the instance layout of a class with `base`.
[[nodiscard]] Type* layout_of(VM& vm, Type* base);
// __build_class__(func, name, *bases, metaclass=..., **kwargs)
[[nodiscard]] Value builtin_build_class(VM& vm, CallArgs args);
[[nodiscard]] Value slot_repr(VM& vm, Value self);
[[nodiscard]] Value slot_str(VM& vm, Value self);
// object.__hash__(self): the identity hash.
[[nodiscard]] Value object_hash_native(VM& vm, CallArgs args);
[[nodiscard]] int64_t slot_hash(VM& vm, Value self);
[[nodiscard]] Value slot_richcompare(VM& vm, Value self, Value other, CompareOp op);
[[nodiscard]] Value slot_binary(VM& vm, BinaryOp op, Value a, Value b);
[[nodiscard]] Value slot_inplace(VM& vm, BinaryOp op, Value a, Value b);
[[nodiscard]] Value slot_unary(VM& vm, UnaryOp op, Value self);
[[nodiscard]] int slot_truth(VM& vm, Value self);
[[nodiscard]] int64_t slot_length(VM& vm, Value self);
[[nodiscard]] Value slot_getitem(VM& vm, Value self, Value key);
[[nodiscard]] int slot_setitem(VM& vm, Value self, Value key, Value value);
[[nodiscard]] int slot_contains(VM& vm, Value self, Value item);
[[nodiscard]] Value slot_iter(VM& vm, Value self);
[[nodiscard]] Value slot_next(VM& vm, Value self);
[[nodiscard]] Value slot_call(VM& vm, Value callable, CallArgs args);
[[nodiscard]] Value call3(VM& vm, Value f, Value a, Value b, Value c);
// Attributes the built-in layout computes in its getattr slot (int.real,
// float.imag, ...) come after the instance's own and the class's.
[[nodiscard]] Value builtin_subclass_getattr(VM& vm, Value self, Str* name);
// The getattr slot of classes overriding __getattribute__.
[[nodiscard]] Value slot_getattribute(VM& vm, Value self, Str* name);
// The setattr slot of classes overriding __setattr__ or __delattr__.
[[nodiscard]] int slot_setattr(VM& vm, Value self, Str* name, Value value);
[[nodiscard]] Value class_getitem(VM& vm, Value self, Value key);
// list.__new__, tuple.__new__, str.__new__, ...: the built-in layout's
// constructor applied to `cls` (the class passed first).
[[nodiscard]] Value builtin_new(VM& vm, CallArgs args);

}  // namespace pyvm::runtime
