// A minimal native `os` module (runtime/os_module.h): remove/unlink, getcwd,
// urandom, getpid, dup2, fspath, environ and the name/separator constants that the
// pure-Python standard library reads. Anything else is an AttributeError that
// names what is missing. `os.path` is CPython's posixpath (vm/import.cpp).
#include "runtime/os_module.h"

#include <sys/random.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <string>

#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/text_stream.h"
#include "runtime/tuple.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

Value os_remove(VM& vm, CallArgs args) {
  Value path = args.args[0];
  if (!path.is_object() || !is_subtype(path.object()->type, vm.types().str)) {
    return raise_type_error(
        vm, "remove: path should be string, bytes or os.PathLike, not " + type_name(vm, path));
  }
  std::string text = str_to_utf8(path.as<Str>());
  if (::unlink(text.c_str()) != 0) return raise_errno_error(vm, errno, path);
  return vm.none();
}

Value os_getcwd(VM& vm, CallArgs) {
  char buffer[PATH_MAX];
  if (::getcwd(buffer, sizeof(buffer)) == nullptr)
    return raise_errno_error(vm, errno, Value::null());
  return Value::from_object(str_from_utf8(vm, buffer));
}

// os.urandom(size): `size` bytes from the kernel's random source.
Value os_urandom(VM& vm, CallArgs args) {
  int64_t size;
  if (!index_to_int64(vm, args.args[0], &size)) return Value::null();
  if (size < 0) return raise_value_error(vm, "negative argument not allowed");
  std::string buffer(static_cast<size_t>(size), '\0');
  size_t got = 0;
  while (got < buffer.size()) {
    ssize_t n = getrandom(buffer.data() + got, buffer.size() - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return raise_errno_error(vm, errno, Value::null());
    got += static_cast<size_t>(n);
  }
  return Value::from_object(bytes_new(vm, buffer));
}

Value os_getpid(VM&, CallArgs) { return Value::from_small_int(::getpid()); }

// os.dup2(fd, fd2, inheritable=True): makes fd2 a copy of fd; returns fd2.
// Like CPython's, it leaves the streams' buffers alone.
Value os_dup2(VM& vm, CallArgs args) {
  int64_t fd;
  int64_t fd2;
  if (!index_to_int64(vm, args.args[0], &fd) || !index_to_int64(vm, args.args[1], &fd2)) {
    return Value::null();
  }
  if (fd < 0 || fd > INT_MAX || fd2 < 0 || fd2 > INT_MAX) {
    return raise_errno_error(vm, EBADF, Value::null());
  }
  if (::dup2(static_cast<int>(fd), static_cast<int>(fd2)) < 0) {
    return raise_errno_error(vm, errno, Value::null());
  }
  return Value::from_small_int(fd2);
}

// os.fspath(path): str and bytes as they are, else __fspath__().
Value os_fspath(VM& vm, CallArgs args) {
  Value path = args.args[0];
  Type* t = type_of(vm, path);
  if (is_subtype(t, vm.types().str) || is_subtype(t, vm.types().bytes)) return path;
  Value method = type_lookup(vm, t, vm.intern("__fspath__"));
  if (method.is_null()) {
    return raise_type_error(
        vm, "expected str, bytes or os.PathLike object, not " + type_name(vm, path));
  }
  Value result = call_positional(vm, method, &path, 1);
  if (result.is_null()) return result;
  Type* rt = type_of(vm, result);
  if (!is_subtype(rt, vm.types().str) && !is_subtype(rt, vm.types().bytes)) {
    return raise_type_error(vm, "expected " + type_name_of_type(t) +
                                    ".__fspath__() to return str or bytes, not " +
                                    type_name(vm, result));
  }
  return result;
}

// os.environ as a plain dict of str (a snapshot taken at import).
Value environment(VM& vm) {
  Dict* env = dict_new(vm);
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    std::string text = *entry;
    size_t eq = text.find('=');
    if (eq == std::string::npos) continue;
    dict_set_str(vm, env, str_from_utf8(vm, text.substr(0, eq)),
                 Value::from_object(str_from_utf8(vm, text.substr(eq + 1))));
  }
  return Value::from_object(env);
}

void set_function(VM& vm, Module* module, const char* name, NativeFn fn, int min_args,
                  int max_args) {
  NativeFunction* f = native_function_new(vm, name, fn, min_args, max_args, 0);
  dict_set_str(vm, module->dict, vm.intern(name), Value::from_object(f));
}

// os.__getattr__ (PEP 562): `os.path` without `import os.path` imports
// posixpath as os.path, as CPython's os module always has it.
Value os_getattr_hook(VM& vm, CallArgs args) {
  Value name = args.args[0];
  if (is_str(vm, name) && str_equals_ascii(name.as<Str>(), "path")) {
    Value fromlist = Value::from_object(tuple_new(vm, 0));
    Value top = vm::import_module(vm, vm.intern("os.path"), fromlist, 0, nullptr);
    if (top.is_null()) return top;
    Value path = dict_get_str(vm, vm.modules(), vm.intern("os.path"));
    if (!path.is_null()) return path;
  }
  std::string shown = is_str(vm, name) ? str_to_utf8(name.as<Str>()) : std::string("?");
  return raise(vm, vm.types().attribute_error, "module 'os' has no attribute '" + shown + "'");
}

}  // namespace

void add_os_path_hook(VM& vm, Module* os);  // runtime/os_path_hook.cpp
void add_os_stat(VM& vm, Module* os);       // runtime/os_stat.cpp

void create_os_module(VM& vm) {
  Module* os = module_new(vm, vm.intern("os"));
  add_os_path_hook(vm, os);
  add_os_stat(vm, os);
  set_function(vm, os, "remove", os_remove, 1, 1);
  set_function(vm, os, "unlink", os_remove, 1, 1);
  set_function(vm, os, "getcwd", os_getcwd, 0, 0);
  set_function(vm, os, "urandom", os_urandom, 1, 1);
  set_function(vm, os, "getpid", os_getpid, 0, 0);
  set_function(vm, os, "dup2", os_dup2, 2, 3);
  set_function(vm, os, "fspath", os_fspath, 1, 1);
  set_function(vm, os, "__getattr__", os_getattr_hook, 1, 1);
  dict_set_str(vm, os->dict, vm.intern("environ"), environment(vm));
  const char* const kConstants[][2] = {{"curdir", "."},
                                       {"pardir", ".."},
                                       {"extsep", "."},
                                       {"pathsep", ":"},
                                       {"defpath", "/bin:/usr/bin"},
                                       {"devnull", "/dev/null"}};
  for (const auto& c : kConstants) {
    dict_set_str(vm, os->dict, vm.intern(c[0]), Value::from_object(vm.intern(c[1])));
  }
  const char* const kSeek[] = {"SEEK_SET", "SEEK_CUR", "SEEK_END"};
  for (int i = 0; i < 3; ++i) {
    dict_set_str(vm, os->dict, vm.intern(kSeek[i]), Value::from_small_int(i));
  }
  dict_set_str(vm, os->dict, vm.intern("altsep"), vm.none());
  dict_set_str(vm, os->dict, vm.intern("name"), Value::from_object(vm.intern("posix")));
  dict_set_str(vm, os->dict, vm.intern("sep"), Value::from_object(vm.intern("/")));
  dict_set_str(vm, os->dict, vm.intern("linesep"), Value::from_object(vm.intern("\n")));
  dict_set_str(vm, vm.modules(), os->name, Value::from_object(os));
}

}  // namespace pyvm::runtime
