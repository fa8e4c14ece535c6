// Out-of-line slow paths of the interpreter's opcode bodies. Each function
// follows the slot error convention (null / -1 with an exception pending);
// stack-shaped helpers document exactly which slots they read and write.
#pragma once

#include <cstdint>

#include "runtime/code.h"
#include "runtime/object.h"
#include "vm/frame.h"

namespace pyvm::runtime {
struct List;
}  // namespace pyvm::runtime

namespace pyvm::vm {

// Names and scopes.
void raise_unbound_local(VM& vm, Frame* frame, int index);
void raise_unbound_deref(VM& vm, Frame* frame, int index);
[[nodiscard]] Value load_global(VM& vm, Frame* frame, runtime::Str* name);
[[nodiscard]] int delete_global(VM& vm, Frame* frame, runtime::Str* name);
[[nodiscard]] Value load_name(VM& vm, Frame* frame, runtime::Str* name);
[[nodiscard]] int store_name(VM& vm, Frame* frame, runtime::Str* name, Value v);
[[nodiscard]] int delete_name(VM& vm, Frame* frame, runtime::Str* name);
[[nodiscard]] Value load_classderef(VM& vm, Frame* frame, int index);
[[nodiscard]] int setup_annotations(VM& vm, Frame* frame);

// LOAD_METHOD: reads the object at slot[0]; writes [method, self] or
// [NULL, attribute] into slot[0], slot[1].
[[nodiscard]] int load_method(VM& vm, runtime::Str* name, Value* slot);

// Calls and functions.
// CALL_FUNCTION_EX: the stack ends [NULL-or-self, callable, args, (kwargs)] at `sp`.
[[nodiscard]] Value call_function_ex(VM& vm, bool has_kwargs, Value* sp);
// MAKE_FUNCTION: pops the code object and the parts `flags` names; returns the new sp.
Value* make_function(VM& vm, Frame* frame, uint32_t flags, Value* sp);

// Containers.
Value fast_subscript(VM& vm, Value container, Value key);  // null: use the slow path
[[nodiscard]] Value build_set(VM& vm, const Value* items, uint32_t count);
[[nodiscard]] Value build_map(VM& vm, const Value* pairs, uint32_t count);
[[nodiscard]] Value build_const_key_map(VM& vm, const Value* values, uint32_t count);
Value build_string(VM& vm, const Value* parts, uint32_t count);
Value build_slice(VM& vm, const Value* parts, uint32_t count);
[[nodiscard]] int list_extend_for_unpack(VM& vm, runtime::List* list, Value iterable);
[[nodiscard]] int set_add_value(VM& vm, Value set, Value item);
[[nodiscard]] int set_update(VM& vm, Value set, Value iterable);
[[nodiscard]] int dict_update(VM& vm, runtime::Dict* dict, Value other);
// DICT_MERGE for f(**m): duplicate keys are an error naming `callable`.
[[nodiscard]] int dict_merge_kwargs(VM& vm, runtime::Dict* dict, Value other, Value callable);
// Unpacking writes the items to out[0 ..) with the first item on top.
[[nodiscard]] int unpack_sequence(VM& vm, Value seq, uint32_t count, Value* out);
[[nodiscard]] int unpack_ex(VM& vm, Value seq, uint32_t before, uint32_t after, Value* out);
// FOR_ITER's next step, with fast paths for the common iterators.
Value fast_iter_next(VM& vm, Value iterator);

// Exceptions.
void reraise_handled(VM& vm);
void do_raise(VM& vm, Value exc, Value cause, bool has_cause);
[[nodiscard]] int exception_matches_type(VM& vm, Value exc, Value type);
void chain_exception_context(VM& vm);
void add_traceback_entry(VM& vm, Frame* frame);
bool find_handler(Frame* frame, runtime::ExceptionTableEntry* handler);
void raise_unsupported_opcode(VM& vm, uint8_t opcode);
// PRINT_EXPR (compile(..., "single"), doctest): sys.displayhook(value);
// None, or null with an exception pending (vm/sys_extras.cpp).
[[nodiscard]] Value print_expr(VM& vm, Value value);
// Raises SystemError for an operand of the wrong type (only crafted bytecode).
void raise_bad_operand(VM& vm, uint8_t opcode);
bool is_exception_value(Value v);
// Checks MAKE_FUNCTION's operands (code object, closure tuple, ...) at `sp`.
bool make_function_operands_ok(VM& vm, uint32_t flags, const Value* sp);

// The with statement: BEFORE_WITH reads the manager at slot[0] and writes
// [bound __exit__, __enter__ result] to slot[0], slot[1]; WITH_EXCEPT_START
// calls exit(type(exc), exc, tb).
[[nodiscard]] int before_with(VM& vm, Value* slot);
[[nodiscard]] Value with_except_start(VM& vm, Value exit, Value exc);

// Generators (runtime/generator.h).
// RETURN_GENERATOR: a generator holding `frame`'s locals, resuming at `resume_unit`.
Value make_generator(VM& vm, Frame* frame, int64_t resume_unit);
// The generator's frame returned `result` (null: it raised).
void finish_generator(VM& vm, Frame* frame, Value result);

// Formatting and imports.
[[nodiscard]] Value format_value(VM& vm, Value v, uint32_t conversion, Value spec);
[[nodiscard]] Value import_name(VM& vm, Frame* frame, runtime::Str* name, Value fromlist,
                                Value level);
[[nodiscard]] Value import_from(VM& vm, Value module, runtime::Str* name);

}  // namespace pyvm::vm
