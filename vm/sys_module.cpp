// The native `sys` module (see vm/sys_module.h).
#include "vm/sys_module.h"

#include <cfloat>

#include <string>

#include <unistd.h>

#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/set.h"
#include "runtime/simple_namespace.h"
#include "runtime/str.h"
#include "runtime/struct_seq.h"
#include "runtime/text_stream.h"
#include "runtime/tuple.h"
#include "vm/frame.h"
#include "vm/sys_getframe.h"
#include "vm/traceback.h"
#include "vm/vm.h"

namespace pyvm::vm {

void add_sys_extras(VM& vm, runtime::Module* sys);  // vm/sys_extras.cpp

using runtime::CallArgs;

namespace {

// 3.11.7 final: 0x030B07F0.
constexpr int64_t kHexVersion = 0x030B07F0;

Value sys_exit(VM& vm, CallArgs args) {
  runtime::Tuple* exit_args = runtime::tuple_from(vm, args.args, static_cast<int64_t>(args.npos));
  return runtime::raise_value(vm, runtime::exception_new(vm, vm.types().system_exit, exit_args));
}

// The encodings of a UTF-8 locale, which pyvm assumes (CPython's answers
// under its UTF-8 mode or a UTF-8 locale).
Value sys_getdefaultencoding(VM& vm, CallArgs) { return Value::from_object(vm.intern("utf-8")); }
Value sys_getfilesystemencodeerrors(VM& vm, CallArgs) {
  return Value::from_object(vm.intern("surrogateescape"));
}

// sys.audit(event, *args): pyvm has no audit hooks, so nothing listens.
Value sys_audit(VM& vm, CallArgs args) {
  if (args.npos < 1)
    return runtime::raise_type_error(vm, "audit() missing 1 required positional argument: 'event'");
  if (!runtime::is_str(vm, args.args[0])) {
    return runtime::raise_type_error(
        vm, "expected str for argument 'event', not " + runtime::type_name(vm, args.args[0]));
  }
  return vm.none();
}

Value sys_getrecursionlimit(VM& vm, CallArgs) {
  return Value::from_small_int(vm.recursion_limit());
}

Value sys_setrecursionlimit(VM& vm, CallArgs args) {
  int64_t limit;
  if (!runtime::index_to_int64(vm, args.args[0], &limit)) return Value::null();
  if (limit < 1)
    return runtime::raise_value_error(vm, "recursion limit must be greater or equal than 1");
  if (limit > (int64_t{1} << 30)) {
    return runtime::raise_overflow_error(vm, "Python int too large to convert to C int");
  }
  if (limit <= vm.frames().depth()) {
    return runtime::raise(vm, vm.types().recursion_error,
                          "cannot set the recursion limit to " + std::to_string(limit) +
                              " at the recursion depth " + std::to_string(vm.frames().depth()) +
                              ": the limit is too low");
  }
  vm.set_recursion_limit(static_cast<int>(limit));
  return vm.none();
}

// sys.exc_info(): (type, value, traceback) of the exception being handled.
Value sys_exc_info(VM& vm, CallArgs) {
  Value e = vm.topmost_handled_exception();
  Value items[3] = {vm.none(), vm.none(), vm.none()};
  if (e.is_object() && e != vm.none()) {
    auto* exc = e.as<runtime::BaseException>();
    items[0] = Value::from_object(e.object()->type);
    items[1] = e;
    if (exc->traceback != nullptr) items[2] = Value::from_object(exc->traceback);
  }
  return Value::from_object(runtime::tuple_from(vm, items, 3));
}

// sys.excepthook(type, value, traceback) (also sys.__excepthook__): prints
// `value` the way an uncaught exception is printed, on stderr. (pyvm's main
// loop prints uncaught exceptions itself; it does not call a replaced hook.)
Value sys_excepthook(VM& vm, CallArgs args) {
  Value value = args.args[1];
  if (!runtime::is_instance_of(vm, value, vm.types().base_exception)) {
    return runtime::raise_type_error(vm, "print_exception(): Exception expected for value, " +
                                             runtime::type_name(vm, value) + " found");
  }
  Value err = runtime::dict_get_str(vm, vm.sys_module()->dict, vm.intern("stderr"));
  if (!err.is_null()) {
    Value flush = runtime::get_attr(vm, err, vm.intern("flush"));
    if (flush.is_null() || runtime::call_positional(vm, flush, nullptr, 0).is_null()) {
      vm.clear_exception();
    }
  }
  print_exception(vm, value, stderr);
  std::fflush(stderr);
  return vm.none();
}

Value sys_exception(VM& vm, CallArgs) {
  Value e = vm.topmost_handled_exception();
  return e.is_null() ? vm.none() : e;
}

Value sys_intern(VM& vm, CallArgs args) {
  Value s = args.args[0];
  if (!s.is_object() || !runtime::is_subtype(s.object()->type, vm.types().str)) {
    return runtime::raise_type_error(
        vm, "intern() argument must be str, not " + runtime::type_name(vm, s));
  }
  if (s.object()->type != vm.types().str) {
    return runtime::raise_type_error(vm, "can't intern " + runtime::type_name(vm, s));
  }
  return Value::from_object(vm.intern(s.as<runtime::Str>()));
}

int64_t int_size(VM& vm, Value v) {
  if (v.is_small_int()) {
    uint64_t magnitude =
        v.small_int() < 0 ? 0 - static_cast<uint64_t>(v.small_int()) : v.small_int();
    int64_t digits = 1;
    while (magnitude >>= 30) ++digits;
    return 24 + 4 * digits;
  }
  std::string text = runtime::int_to_base_string(vm, v, 2, false);
  int64_t bits = static_cast<int64_t>(text.size()) - (text[0] == '-' ? 1 : 0);
  return 24 + 4 * ((bits + 29) / 30);
}

int64_t str_size(const runtime::Str* s) {
  if (s->is_ascii) return 49 + s->length;
  if (s->kind == 1) return 73 + s->length;
  if (s->kind == 2) return 74 + 2 * s->length;
  return 76 + 4 * s->length;
}

// CPython 3.11's table layout: the keys object (32 bytes), a byte per index
// slot and 2/3 of the slots as entries (16 bytes with str keys, 24 without).
int64_t dict_size(VM& vm, runtime::Dict* d) {
  if (d->used == 0) return 64;
  int64_t slots = 8;
  while (slots * 2 / 3 < d->used) slots *= 2;
  bool str_keys = true;
  for (int64_t i = 0; i < d->entries_len; ++i) {
    Value key = d->entries[i].key;
    if (key.is_object() && key.object()->type != vm.types().str) str_keys = false;
    if (key.is_small_int()) str_keys = false;
  }
  return 64 + 32 + slots + slots * 2 / 3 * (str_keys ? 16 : 24);
}

int64_t set_size(runtime::Set* s) {
  int64_t slots = s->mask + 1;
  return slots <= 8 ? 216 : 216 + 16 * slots;
}

// The size CPython 3.11 reports for built-in objects, or -1 when the object's
// type is not one of them.
int64_t builtin_size(VM& vm, Value v) {
  if (runtime::is_int(vm, v))
    return v.is_object() && v.object()->type == vm.types().bool_ ? 28 : int_size(vm, v);
  Type* t = v.object()->type;
  BuiltinTypes& types = vm.types();
  if (t == types.float_) return 24;
  if (t == types.complex) return 32;
  if (t == types.str) return str_size(v.as<runtime::Str>());
  if (t == types.bytes) return 33 + v.as<runtime::Bytes>()->length;
  if (t == types.tuple) return 40 + 8 * v.as<runtime::Tuple>()->length;
  if (t == types.list) return 56 + 8 * v.as<runtime::List>()->capacity;
  if (t == types.dict) return dict_size(vm, v.as<runtime::Dict>());
  if (t == types.set || t == types.frozenset) return set_size(v.as<runtime::Set>());
  if (t == types.none || t == types.ellipsis || t == types.not_implemented) return 16;
  if (t == types.type) return (v.as<Type>()->flags & runtime::kTypeUserClass) != 0 ? 1688 : 416;
  if (t == types.range || t == types.list_iterator || t == types.tuple_iterator) return 48;
  if (t == types.slice) return 56;
  if (t == types.module || t == types.builtin_function) return 72;
  if (t == types.function) return 152;
  if ((t->flags & runtime::kTypeUserClass) != 0) return 56;
  return -1;
}

// sys.getsizeof(object[, default]): a user __sizeof__ plus CPython's 32-byte
// header of a collected instance, else CPython 3.11's size of the built-in.
Value sys_getsizeof(VM& vm, CallArgs args) {
  Value v = args.args[0];
  Type* type = runtime::type_of(vm, v);
  Value method = (type->flags & runtime::kTypeUserClass) != 0
                     ? runtime::type_lookup(vm, type, vm.intern("__sizeof__"))
                     : Value::null();
  if (method.is_null()) {
    int64_t size = builtin_size(vm, v);
    return Value::from_small_int(size >= 0 ? size : 32);
  }
  Value result = runtime::call_positional(vm, method, &v, 1);
  if (!result.is_null() && !runtime::is_int(vm, result)) {
    result = runtime::raise_type_error(vm, "an integer is required");
  }
  if (result.is_null()) {
    if (args.npos > 1 && runtime::exception_matches(vm, vm.types().type_error)) {
      vm.clear_exception();
      return args.args[1];
    }
    return result;
  }
  if (runtime::int_compare(vm, result, Value::from_small_int(0)) < 0) {
    return runtime::raise_value_error(vm, "__sizeof__() should return >= 0");
  }
  return runtime::binary_op(vm, runtime::BinaryOp::kAdd, result, Value::from_small_int(32));
}

void set(VM& vm, runtime::Module* sys, const char* name, Value v) {
  runtime::dict_set_str(vm, sys->dict, vm.intern(name), v);
}

void add_function(VM& vm, runtime::Module* sys, const char* name, runtime::NativeFn fn, int min,
                  int max) {
  set(vm, sys, name, Value::from_object(runtime::native_function_new(vm, name, fn, min, max)));
}

Value version_info(VM& vm) {
  Type* type = runtime::struct_seq_type_new(vm, "sys", "version_info",
                                            {"major", "minor", "micro", "releaselevel", "serial"});
  Value items[] = {Value::from_small_int(3), Value::from_small_int(11), Value::from_small_int(7),
                   Value::from_object(vm.intern("final")), Value::from_small_int(0)};
  return runtime::struct_seq_new(vm, type, items, 5);
}

Value float_info(VM& vm) {
  Type* type =
      runtime::struct_seq_type_new(vm, "sys", "float_info",
                                   {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                    "dig", "mant_dig", "epsilon", "radix", "rounds"});
  Value items[] = {runtime::float_new(vm, DBL_MAX),
                   Value::from_small_int(DBL_MAX_EXP),
                   Value::from_small_int(DBL_MAX_10_EXP),
                   runtime::float_new(vm, DBL_MIN),
                   Value::from_small_int(DBL_MIN_EXP),
                   Value::from_small_int(DBL_MIN_10_EXP),
                   Value::from_small_int(DBL_DIG),
                   Value::from_small_int(DBL_MANT_DIG),
                   runtime::float_new(vm, DBL_EPSILON),
                   Value::from_small_int(FLT_RADIX),
                   Value::from_small_int(1)};
  return runtime::struct_seq_new(vm, type, items, 11);
}

Value int_info(VM& vm) {
  Type* type = runtime::struct_seq_type_new(
      vm, "sys", "int_info",
      {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"});
  Value items[] = {Value::from_small_int(30), Value::from_small_int(4), Value::from_small_int(4300),
                   Value::from_small_int(640)};
  return runtime::struct_seq_new(vm, type, items, 4);
}

// sys.hash_info: the parameters of CPython's numeric hashing, which pyvm's
// hashes follow (decimal and fractions read the modulus).
Value hash_info(VM& vm) {
  Type* type = runtime::struct_seq_type_new(
      vm, "sys", "hash_info",
      {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"});
  Value items[] = {
      Value::from_small_int(64),      runtime::int_from_int64(vm, (int64_t{1} << 61) - 1),
      Value::from_small_int(314159),  Value::from_small_int(0),
      Value::from_small_int(1000003), Value::from_object(vm.intern("siphash13")),
      Value::from_small_int(64),      Value::from_small_int(128),
      Value::from_small_int(0)};
  return runtime::struct_seq_new(vm, type, items, 9);
}

// sys.flags: the command-line flags of a plain `python3.11 script.py` run
// (pyvm takes none of them).
Value flags(VM& vm) {
  Type* type = runtime::struct_seq_type_new(
      vm, "sys", "flags",
      {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
       "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
       "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
       "int_max_str_digits"});
  Value items[18];
  for (Value& item : items) item = Value::from_small_int(0);
  items[11] = Value::from_small_int(1);   // hash_randomization
  items[13] = vm.false_value();           // dev_mode
  items[16] = vm.false_value();           // safe_path
  items[17] = Value::from_small_int(-1);  // int_max_str_digits
  return runtime::struct_seq_new(vm, type, items, 18);
}

// sys.implementation: a types.SimpleNamespace, as in CPython (Lib/types.py
// takes SimpleNamespace from its type).
Value implementation(VM& vm, Value version) {
  Type* type = runtime::simple_namespace_type_new(vm);
  if (type == nullptr) return Value::null();
  Value values[] = {Value::from_object(vm.intern("cpython")),
                    Value::from_object(vm.intern("cpython-311")), version,
                    runtime::int_from_int64(vm, kHexVersion),
                    Value::from_object(vm.intern("x86_64-linux-gnu"))};
  Value names[] = {
      Value::from_object(vm.intern("name")), Value::from_object(vm.intern("cache_tag")),
      Value::from_object(vm.intern("version")), Value::from_object(vm.intern("hexversion")),
      Value::from_object(vm.intern("_multiarch"))};
  runtime::Tuple* kwnames = runtime::tuple_from(vm, names, 5);
  return runtime::call(vm, Value::from_object(type), CallArgs{values, 0, kwnames});
}

}  // namespace

int64_t object_sizeof(VM& vm, Value v) {
  int64_t size = builtin_size(vm, v);
  if (size < 0) return static_cast<int64_t>(runtime::type_of(vm, v)->instance_size);
  if (runtime::is_int(vm, v)) return size;
  Type* t = v.object()->type;
  if ((t->flags & runtime::kTypeUserClass) != 0) return size - 32;
  BuiltinTypes& types = vm.types();
  bool atomic = t == types.float_ || t == types.complex || t == types.str || t == types.bytes ||
                t == types.none || t == types.ellipsis || t == types.not_implemented ||
                t == types.range;
  return atomic ? size : size - 16;  // CPython's GC header
}

runtime::Module* create_sys_module(VM& vm) {
  runtime::Module* sys = runtime::module_new(vm, vm.intern("sys"));
  set(vm, sys, "argv", Value::from_object(runtime::list_new(vm)));
  set(vm, sys, "path", Value::from_object(runtime::list_new(vm)));
  set(vm, sys, "modules", Value::from_object(vm.modules()));
  set(vm, sys, "maxsize", runtime::int_from_int64(vm, INT64_MAX));
  set(vm, sys, "byteorder", Value::from_object(vm.intern("little")));
  set(vm, sys, "platform", Value::from_object(vm.intern("linux")));
  set(vm, sys, "version",
      Value::from_object(vm.intern("3.11.7 (pyvm, a VM for CPython 3.11 bytecode)")));
  Value version = version_info(vm);
  set(vm, sys, "version_info", version);
  set(vm, sys, "hexversion", runtime::int_from_int64(vm, kHexVersion));
  Value impl = implementation(vm, version);
  if (impl.is_null()) vm.clear_exception();  // cannot fail at start-up; keep going
  if (!impl.is_null()) set(vm, sys, "implementation", impl);
  set(vm, sys, "float_info", float_info(vm));
  set(vm, sys, "int_info", int_info(vm));
  set(vm, sys, "hash_info", hash_info(vm));
  set(vm, sys, "flags", flags(vm));
  set(vm, sys, "pycache_prefix", vm.none());
  // Installation paths: the prefix of the standard library pyvm reads
  // (/usr/lib/python3.11), and pyvm itself as the executable.
  for (const char* name : {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
    set(vm, sys, name, Value::from_object(vm.intern("/usr")));
  }
  set(vm, sys, "platlibdir", Value::from_object(vm.intern("lib")));
  set(vm, sys, "abiflags", Value::from_object(vm.intern("")));
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  set(vm, sys, "executable",
      Value::from_object(runtime::str_from_utf8(vm, n > 0 ? std::string(exe, n) : "")));
  set(vm, sys, "maxunicode", Value::from_small_int(0x10ffff));
  set(vm, sys, "warnoptions", Value::from_object(runtime::list_new(vm)));
  set(vm, sys, "_xoptions", Value::from_object(runtime::dict_new(vm)));
  set(vm, sys, "dont_write_bytecode", vm.bool_value(false));
  runtime::install_std_streams(vm, sys->dict);
  add_sys_extras(vm, sys);  // vm/sys_extras.cpp
  add_function(vm, sys, "exit", sys_exit, 0, 1);
  add_function(vm, sys, "_getframe", sys_getframe, 0, 1);
  add_function(vm, sys, "excepthook", sys_excepthook, 3, 3);
  set(vm, sys, "__excepthook__", runtime::dict_get_str(vm, sys->dict, vm.intern("excepthook")));
  add_function(vm, sys, "exc_info", sys_exc_info, 0, 0);
  add_function(vm, sys, "exception", sys_exception, 0, 0);
  add_function(vm, sys, "intern", sys_intern, 1, 1);
  add_function(vm, sys, "getsizeof", sys_getsizeof, 1, 2);
  add_function(vm, sys, "getrecursionlimit", sys_getrecursionlimit, 0, 0);
  add_function(vm, sys, "audit", sys_audit, 0, -1);
  add_function(vm, sys, "getdefaultencoding", sys_getdefaultencoding, 0, 0);
  add_function(vm, sys, "getfilesystemencoding", sys_getdefaultencoding, 0, 0);
  add_function(vm, sys, "getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, 0);
  add_function(vm, sys, "setrecursionlimit", sys_setrecursionlimit, 1, 1);
  runtime::dict_set_str(vm, vm.modules(), sys->name, Value::from_object(sys));
  return sys;
}

void sys_set_argv(VM& vm, const std::vector<std::string>& argv) {
  runtime::List* list = runtime::list_new(vm);
  for (const std::string& arg : argv) {
    runtime::list_append(vm, list, Value::from_object(runtime::str_from_utf8(vm, arg)));
  }
  runtime::dict_set_str(vm, vm.sys_module()->dict, vm.intern("argv"), Value::from_object(list));
}

}  // namespace pyvm::vm
