// OSError and its subclasses: OSError(errno, strerror[, filename[, winerror[,
// filename2]]]) picks the subclass that matches errno (OSError(2, 'x') is a
// FileNotFoundError), keeps errno/strerror/filename/filename2 as attributes,
// and str() reads "[Errno 2] x: 'name'". The attributes live in the
// exception's attribute dict, so assigning them works as for any attribute.
#include <cerrno>
#include <cstring>
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// The subclass CPython raises for `error` (its errno map), or OSError.
Type* errno_exception_type(VM& vm, int64_t error) {
  vm::BuiltinTypes& t = vm.types();
  switch (error) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
      return t.blocking_io_error;
    case ECHILD:
      return t.child_process_error;
    case ECONNABORTED:
      return t.connection_aborted_error;
    case ECONNREFUSED:
      return t.connection_refused_error;
    case ECONNRESET:
      return t.connection_reset_error;
    case EEXIST:
      return t.file_exists_error;
    case ENOENT:
      return t.file_not_found_error;
    case EISDIR:
      return t.is_a_directory_error;
    case ENOTDIR:
      return t.not_a_directory_error;
    case EINTR:
      return t.interrupted_error;
    case EACCES:
    case EPERM:
      return t.permission_error;
    case ESRCH:
      return t.process_lookup_error;
    case ETIMEDOUT:
      return t.timeout_error;
    case EPIPE:
    case ESHUTDOWN:
      return t.broken_pipe_error;
    default:
      return t.os_error;
  }
}

void set_exception_attr(VM& vm, BaseException* exc, const char* name, Value value) {
  if (exc->dict == nullptr) vm.store_ref(exc, &exc->dict, dict_new(vm));
  dict_set_str(vm, exc->dict, vm.intern(name), value);
}

Value exception_attr(VM& vm, BaseException* exc, const char* name) {
  if (exc->dict == nullptr) return vm.none();
  Value v = dict_get_str(vm, exc->dict, vm.intern(name));
  return v.is_null() ? vm.none() : v;
}

// OSError itself with an int errno among 2 to 5 arguments becomes the
// matching subclass (bool counts as int, as in CPython).
Type* constructed_type(VM& vm, Type* cls, const Value* args, size_t n) {
  if (cls != vm.types().os_error || n < 2 || n > 5 || !is_int(vm, args[0])) return cls;
  int64_t error = 0;
  if (!int_to_int64(vm, args[0], &error)) {
    vm.clear_exception();  // too big for any errno: plain OSError
    return cls;
  }
  return errno_exception_type(vm, error);
}

// With 2 to 5 arguments: errno, strerror, filename, winerror, filename2.
// A filename other than None leaves only (errno, strerror) in args; for
// BlockingIOError an int there is characters_written instead.
void fill_os_error(VM& vm, BaseException* e, const Value* args, size_t n) {
  bool split = n >= 2 && n <= 5;
  Value filename = split && n >= 3 ? args[2] : vm.none();
  bool written = filename != vm.none() && is_subtype(e->type, vm.types().blocking_io_error) &&
                 is_int(vm, filename);
  bool has_filename = filename != vm.none() && !written;
  vm.store_ref(e, &e->args, tuple_from(vm, args, static_cast<int64_t>(has_filename ? 2 : n)));
  set_exception_attr(vm, e, "errno", split ? args[0] : vm.none());
  set_exception_attr(vm, e, "strerror", split ? args[1] : vm.none());
  set_exception_attr(vm, e, "filename", has_filename ? filename : vm.none());
  set_exception_attr(vm, e, "filename2", has_filename && n == 5 ? args[4] : vm.none());
  if (written) set_exception_attr(vm, e, "characters_written", filename);
}

Value os_error_new(VM& vm, Type* cls, const Value* args, size_t n) {
  Value exc = exception_new(vm, constructed_type(vm, cls, args, n), nullptr);
  fill_os_error(vm, exc.as<BaseException>(), args, n);
  return exc;
}

// OSError.__init__(self, *args): what the constructor does, for subclasses
// whose own __init__ calls it (CPython parses the arguments there when a
// subclass overrides __init__).
Value os_error_init(VM& vm, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, type_name(vm, args.args[0]) + "() takes no keyword arguments");
  }
  auto* e = args.args[0].as<BaseException>();
  fill_os_error(vm, e, args.args + 1, args.npos - 1);
  return vm.none();
}

Value os_error_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, type_name_of_type(cls) + "() takes no keyword arguments");
  }
  return os_error_new(vm, cls, args.args, args.npos);
}

// str(v) as UTF-8 (repr when `use_repr`); false with an exception pending.
bool append_text(VM& vm, Value v, bool use_repr, std::string* out) {
  Value s = use_repr ? repr(vm, v) : str(vm, v);
  if (s.is_null()) return false;
  *out += str_to_utf8(s.as<Str>());
  return true;
}

// "[Errno 2] No such file or directory: 'x'" when errno and strerror are set,
// "... 'x' -> 'y'" with a second filename.
Value os_error_str(VM& vm, Value self) {
  auto* exc = self.as<BaseException>();
  Value number = exception_attr(vm, exc, "errno");
  Value message = exception_attr(vm, exc, "strerror");
  Value filename = exception_attr(vm, exc, "filename");
  Value filename2 = exception_attr(vm, exc, "filename2");
  if (filename == vm.none() && number == vm.none() && message == vm.none()) {
    Tuple* args = exc->args;
    if (args == nullptr || args->length == 0) return Value::from_object(vm.intern(""));
    if (args->length == 1) return str(vm, args->at(0));
    return repr(vm, Value::from_object(args));
  }
  std::string text = "[Errno ";
  if (!append_text(vm, number, false, &text)) return Value::null();
  text += "] ";
  if (!append_text(vm, message, false, &text)) return Value::null();
  if (filename != vm.none()) {
    text += ": ";
    if (!append_text(vm, filename, true, &text)) return Value::null();
    if (filename2 != vm.none()) {
      text += " -> ";
      if (!append_text(vm, filename2, true, &text)) return Value::null();
    }
  }
  return Value::from_object(str_from_utf8(vm, text));
}

bool derives_from(const Type* t, const Type* base) {
  for (; t != nullptr; t = t->base) {
    if (t == base) return true;
  }
  return false;
}

}  // namespace

Value raise_os_error(VM& vm, int error, Value filename) {
  Value args[3] = {Value::from_small_int(error),
                   Value::from_object(str_from_utf8(vm, std::strerror(error))), filename};
  return raise_value(vm, os_error_new(vm, vm.types().os_error, args, 3));
}

void install_os_error_slots(VM& vm) {
#define PYVM_OS_ERROR_SLOTS(field, name, base)               \
  if (derives_from(vm.types().field, vm.types().os_error)) { \
    vm.types().field->construct = os_error_construct;        \
    vm.types().field->str = os_error_str;                    \
  }
  PYVM_EXCEPTION_TYPES(PYVM_OS_ERROR_SLOTS)
#undef PYVM_OS_ERROR_SLOTS
  add_method(vm, vm.types().os_error, "__init__", os_error_init, 0, -1,
             kNativeMethod | kNativeKeywords);
}

}  // namespace pyvm::runtime
