// Exceptions: the BaseException instance layout and the functions that raise.
// Every raise_* function sets the VM's pending exception and returns null, so
// a failing path reads `return raise_type_error(vm, "...");`.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace pyvm::runtime {

struct Traceback;

struct BaseException : Object {
  Tuple* args;
  Traceback* traceback;  // __traceback__, newest frame last (CPython's tb chain order)
  Value cause;           // __cause__ or null
  Value context;         // __context__ or null
  int64_t suppress_context;
  Dict* dict;  // instance attributes, created on demand (e.g. StopIteration.value)
};

// One traceback entry: a code object and the unit index that was executing.
struct Traceback : Object {
  Traceback* next;  // towards the frame that raised
  Object* code;     // Code*
  int64_t unit;
  Dict* globals;  // the frame's globals (tb_frame.f_globals), or nullptr
};

// Creates an exception instance of `type` with `args` (a tuple).
Value exception_new(VM& vm, Type* type, Tuple* args);
// Raises `type(message)`.
Value raise(VM& vm, Type* type, std::string_view message);
// Raises an already-created exception instance.
Value raise_value(VM& vm, Value exception);
Value raise_type_error(VM& vm, std::string_view message);
Value raise_value_error(VM& vm, std::string_view message);
Value raise_index_error(VM& vm, std::string_view message);
Value raise_overflow_error(VM& vm, std::string_view message);
Value raise_zero_division(VM& vm, std::string_view message);
Value raise_key_error(VM& vm, Value key);
Value raise_attribute_error(VM& vm, Value object, Str* name);
Value raise_memory_error(VM& vm);
// "unsupported operand type(s) for +: 'int' and 'str'"
Value raise_unsupported_operands(VM& vm, std::string_view op, Value a, Value b);
// True if the pending exception is an instance of `type` (or a subclass).
bool exception_matches(VM& vm, Type* type);
// After a failed attribute lookup of `name` on `object`: a pending
// AttributeError without `name`/`obj` gets them (CPython 3.11 does it in
// PyObject_GetAttr; the uncaught-exception printer's "Did you mean" reads
// them).
void set_attribute_error_context(VM& vm, Value object, Str* name);
// A pending NameError (exactly, not UnboundLocalError) gets `name`.
void set_name_error_name(VM& vm, Str* name);

// What an uncaught-exception report prints after the exception line for
// `exception.__notes__`, every printed line starting with `margin` (CPython
// 3.11's rules: each note's str() split into lines, then a newline; a
// __notes__ that is not a sequence prints as its repr, with no newline after
// it; a note whose str() fails prints "<note str() failed>"). "" without
// notes; leaves no exception pending.
std::string exception_notes_text(VM& vm, Value exception, const std::string& margin);

void init_exception_types(VM& vm);

// Raises OSError(error, strerror(error), filename) as the subclass that
// matches `error` (FileNotFoundError for ENOENT...); returns null.
Value raise_os_error(VM& vm, int error, Value filename);
// Gives OSError and its subclasses their constructor and str()
// (runtime/exceptions_os.cpp).
void install_os_error_slots(VM& vm);

}  // namespace pyvm::runtime
