// The abstract object protocol: the operations the interpreter and native code
// apply to any Value, dispatching through Type slots. Semantics follow
// CPython's abstract.c/object.c (reflected operands, NotImplemented, rich
// comparison fallback to identity for == and !=).
// Fallible functions follow the slot convention of runtime/object.h.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/object.h"

namespace pyvm::runtime {

Type* type_of(VM& vm, Value v);
// The type's __name__ as UTF-8, for messages.
std::string type_name(VM& vm, Value v);
std::string type_name_of_type(const Type* type);
bool is_instance_of(VM& vm, Value v, Type* type);

[[nodiscard]] Value repr(VM& vm, Value v);    // a str
[[nodiscard]] Value str(VM& vm, Value v);     // a str
[[nodiscard]] int64_t hash(VM& vm, Value v);  // -1 on error
[[nodiscard]] Value rich_compare(VM& vm, Value a, Value b, CompareOp op);
// rich_compare reduced to a truth value: 1, 0, or -1 on error.
[[nodiscard]] int rich_compare_bool(VM& vm, Value a, Value b, CompareOp op);
// a == b as used by containers: identity first, then __eq__.
[[nodiscard]] int equals(VM& vm, Value a, Value b);
[[nodiscard]] int truth(VM& vm, Value v);
[[nodiscard]] Value binary_op(VM& vm, BinaryOp op, Value a, Value b);
[[nodiscard]] Value inplace_op(VM& vm, BinaryOp op, Value a, Value b);
[[nodiscard]] Value unary_op(VM& vm, UnaryOp op, Value v);
[[nodiscard]] int64_t length(VM& vm, Value v);
[[nodiscard]] Value get_item(VM& vm, Value container, Value key);
[[nodiscard]] int set_item(VM& vm, Value container, Value key, Value value);
[[nodiscard]] int del_item(VM& vm, Value container, Value key);
[[nodiscard]] int contains(VM& vm, Value container, Value item);
[[nodiscard]] Value get_iter(VM& vm, Value iterable);
// Next item; null + no pending exception: exhausted (a StopIteration raised
// by the iterator is consumed as exhaustion).
[[nodiscard]] Value iter_next(VM& vm, Value iterator);
[[nodiscard]] Value call(VM& vm, Value callable, CallArgs args);
[[nodiscard]] Value call_positional(VM& vm, Value callable, const Value* args, size_t nargs);
[[nodiscard]] Value get_attr(VM& vm, Value object, Str* name);
[[nodiscard]] int set_attr(VM& vm, Value object, Str* name, Value value);
// Looks `name` up along the type's MRO (no descriptors applied); null if absent.
Value type_lookup(VM& vm, Type* type, Str* name);
// Applies a class attribute found for `object` (of type `type`) as a
// descriptor: functions and native methods become bound methods, properties,
// __slots__ members and user descriptors (__get__) are called; null `object`
// is access on the class `type` itself (functions stay unbound, user __get__
// receives None).
Value bind_attribute(VM& vm, Value attribute, Value object, Type* type);
// isinstance(object, cls) / issubclass(derived, cls): tuples, and the
// metaclass's __instancecheck__ / __subclasscheck__. 1, 0, or -1 on error.
[[nodiscard]] int object_isinstance(VM& vm, Value object, Value cls);
[[nodiscard]] int object_issubclass(VM& vm, Value derived, Value cls);
// "module.Name" for classes outside builtins and __main__ ... as CPython's
// repr of a class and default repr of an instance show it: `__main__.C`.
std::string qualified_type_name(VM& vm, Type* type);
// Converts an index-like value (int, bool, __index__) to int64; raises on failure.
[[nodiscard]] bool index_to_int64(VM& vm, Value v, int64_t* out);
// The symbol of a binary operator for messages: "+", "//", "**", ...
const char* binary_op_symbol(BinaryOp op, bool inplace);

}  // namespace pyvm::runtime
