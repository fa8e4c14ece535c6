// Callables: Python functions, cells, bound methods, and native (C++)
// functions and methods.
//
// A native method lives in its type's dict as a NativeFunction with
// `is_method` set; attribute lookup on an instance binds it (a new
// NativeFunction with `self` set), and the LOAD_METHOD form calls it unbound
// with the receiver as args[0].
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

struct Code;

struct Function : Object {
  Code* code;
  Dict* globals;
  Dict* builtins;
  Tuple* defaults;    // positional defaults or nullptr
  Dict* kwdefaults;   // keyword-only defaults or nullptr
  Tuple* closure;     // tuple of cells or nullptr
  Str* name;          // __name__
  Str* qualname;      // __qualname__
  Value doc;          // __doc__ or null
  Dict* annotations;  // or nullptr
  Dict* dict;         // __dict__ or nullptr
  Value module;       // __module__ (from globals['__name__'])
};

struct Cell : Object {
  Value contents;  // null: empty
};

// A bound method: a callable bound to a receiver.
struct Method : Object {
  Value function;
  Value self;
};

// Native calling convention. For methods, args.args[0] is the receiver and
// args.npos counts it.
using NativeFn = Value (*)(VM& vm, CallArgs args);

enum NativeFlags : uint32_t {
  kNativeMethod = 1u << 0,    // receives the receiver as args[0]
  kNativeKeywords = 1u << 1,  // may receive keyword arguments
  // Arg-count errors read "name() takes at most N arguments (M given)", as
  // CPython's PyArg_ParseTuple-style methods (str.find, str.split...).
  kNativeTakesStyle = 1u << 2,
};

struct NativeFunction : Object {
  Str* name;
  NativeFn fn;
  Value self;        // bound receiver, or null
  Type* owner;       // the type a method belongs to, or nullptr
  int32_t min_args;  // positional arguments, receiver excluded
  int32_t max_args;  // -1: unbounded
  uint32_t flags;
  uint32_t padding;
  // Dunder attributes Python code set on the function (typing.NamedTuple
  // sets __new__.__annotations__ on namedtuple's native __new__), or nullptr.
  Dict* dict;
};

Function* function_new(VM& vm, Code* code, Dict* globals, Str* qualname);
Cell* cell_new(VM& vm, Value contents);
Method* method_new(VM& vm, Value function, Value self);

NativeFunction* native_function_new(VM& vm, const char* name, NativeFn fn, int min_args,
                                    int max_args, uint32_t flags = 0);
// Adds a native method `name` to `type`'s dict.
void add_method(VM& vm, Type* type, const char* name, NativeFn fn, int min_args, int max_args,
                uint32_t flags = 0);
// Checks an arg count against a native function's bounds, raising CPython's
// TypeError text on mismatch. Returns false when it raised.
[[nodiscard]] bool check_native_args(VM& vm, const NativeFunction* f, CallArgs args);

void init_function_types(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Cell;
using runtime::Function;
using runtime::NativeFunction;
}  // namespace pyvm
