// io.IOBase and its abstract subclasses (see runtime/io_bases.h). Their
// methods work on any instance through ordinary method calls (self.readline(),
// self.close()), so a user class deriving from them gets CPython's generic
// behaviour. Differences from CPython: `closed` is not tracked by IOBase
// itself (close() only flushes), and the classes are not ABCs (no register).
#include "runtime/io_bases.h"

#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <vector>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/native_args.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

Value call_method0(VM& vm, Value self, const char* name) {
  Value method = get_attr(vm, self, vm.intern(name));
  if (method.is_null()) return method;
  return call_positional(vm, method, nullptr, 0);
}

Value io_false(VM& vm, CallArgs) { return vm.bool_value(false); }

Value io_none(VM& vm, CallArgs) { return vm.none(); }

Value io_close(VM& vm, CallArgs args) { return call_method0(vm, args.args[0], "flush"); }

Value io_enter(VM&, CallArgs args) { return args.args[0]; }

Value io_exit(VM& vm, CallArgs args) { return call_method0(vm, args.args[0], "close"); }

Value io_iter(VM&, CallArgs args) { return args.args[0]; }

// The next line from readline(); null without an exception at the end (an
// empty line).
Value next_line(VM& vm, Value self) {
  Value line = call_method0(vm, self, "readline");
  if (line.is_null()) return line;
  int64_t n = length(vm, line);
  if (n < 0) return Value::null();
  return n == 0 ? Value::null() : line;
}

Value io_next(VM& vm, CallArgs args) {
  Value line = next_line(vm, args.args[0]);
  if (line.is_null() && !vm.has_exception()) return raise_stop_iteration(vm);
  return line;
}

Value io_readlines(VM& vm, CallArgs args) {
  List* lines = list_new(vm);
  for (;;) {
    Value line = next_line(vm, args.args[0]);
    if (line.is_null()) return vm.has_exception() ? line : Value::from_object(lines);
    list_append(vm, lines, line);
  }
}

Value io_writelines(VM& vm, CallArgs args) {
  Value iter = get_iter(vm, args.args[1]);
  if (iter.is_null()) return iter;
  Value write = get_attr(vm, args.args[0], vm.intern("write"));
  if (write.is_null()) return write;
  for (;;) {
    Value item = iter_next(vm, iter);
    if (item.is_null()) return vm.has_exception() ? item : vm.none();
    if (call_positional(vm, write, &item, 1).is_null()) return Value::null();
  }
}

Value io_unsupported(VM& vm, const char* what) {
  Value type = module_attribute(vm, "io", "UnsupportedOperation");
  if (type.is_null() || !type.is_object()) return raise(vm, vm.types().os_error, what);
  return raise(vm, type.as<Type>(), what);
}

Value io_fileno(VM& vm, CallArgs) { return io_unsupported(vm, "fileno"); }

Value io_seek(VM& vm, CallArgs) { return io_unsupported(vm, "seek"); }

Value io_truncate(VM& vm, CallArgs) { return io_unsupported(vm, "truncate"); }

Value io_tell(VM& vm, CallArgs args) {
  Value seek = get_attr(vm, args.args[0], vm.intern("seek"));
  if (seek.is_null()) return seek;
  Value seek_args[2] = {Value::from_small_int(0), Value::from_small_int(1)};
  return call_positional(vm, seek, seek_args, 2);
}

struct MethodSpec {
  const char* name;
  NativeFn fn;
  int min, max;
};

// A class made as type(name, (base,), namespace) would make it, so that it
// has the layout of a plain Python class and user classes derive from it.
Type* new_base(VM& vm, const char* name, Type* base, const MethodSpec* methods, size_t count) {
  Dict* ns = dict_new(vm);
  dict_set_str(vm, ns, vm.intern("__module__"), Value::from_object(vm.intern("io")));
  std::vector<NativeFunction*> functions;
  for (size_t i = 0; i < count; ++i) {
    const MethodSpec& m = methods[i];
    NativeFunction* f = native_function_new(vm, m.name, m.fn, m.min, m.max, kNativeMethod);
    functions.push_back(f);
    dict_set_str(vm, ns, f->name, Value::from_object(f));
  }
  Value base_value = Value::from_object(base);
  Value args[3] = {Value::from_object(vm.intern(name)),
                   Value::from_object(tuple_from(vm, &base_value, 1)), Value::from_object(ns)};
  Value type = call_positional(vm, Value::from_object(vm.types().type), args, 3);
  if (type.is_null()) {
    std::fputs("pyvm: creating the io base classes failed\n", stderr);
    std::abort();
  }
  // Owned by a Python-level class, the methods count as dunder overrides
  // in the classes deriving from this one (their __iter__ dispatches here).
  for (NativeFunction* f : functions) vm.store_ref(f, &f->owner, type.as<Type>());
  return type.as<Type>();
}

}  // namespace

IoBaseTypes new_io_base_types(VM& vm) {
  static const MethodSpec kMethods[] = {
      {"readable", io_false, 0, 0},      {"writable", io_false, 0, 0},
      {"seekable", io_false, 0, 0},      {"isatty", io_false, 0, 0},
      {"flush", io_none, 0, 0},          {"close", io_close, 0, 0},
      {"__enter__", io_enter, 0, 0},     {"__exit__", io_exit, 0, -1},
      {"__iter__", io_iter, 0, 0},       {"__next__", io_next, 0, 0},
      {"readlines", io_readlines, 0, 1}, {"writelines", io_writelines, 1, 1},
      {"fileno", io_fileno, 0, 0},       {"seek", io_seek, 1, 2},
      {"tell", io_tell, 0, 0},           {"truncate", io_truncate, 0, 1},
  };
  IoBaseTypes types{};
  types.io_base = new_base(vm, "IOBase", vm.types().object, kMethods, std::size(kMethods));
  types.raw = new_base(vm, "RawIOBase", types.io_base, nullptr, 0);
  types.buffered = new_base(vm, "BufferedIOBase", types.io_base, nullptr, 0);
  types.text = new_base(vm, "TextIOBase", types.io_base, nullptr, 0);
  return types;
}

}  // namespace pyvm::runtime
