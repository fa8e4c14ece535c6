// The native `os` module (runtime/os_module.h): remove/unlink, getcwd,
// urandom, getpid, dup2, fspath, environ and the name/separator constants that the
// pure-Python standard library reads; the file functions are in
// runtime/os_files.cpp and stat in runtime/os_stat.cpp. walk, makedirs,
// PathLike and the other names that CPython's os.py defines in Python come
// from that source (`_os_py`). Anything else is an AttributeError that
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
  std::string text;
  if (!os_path_argument(vm, path, "remove", &text)) return Value::null();
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

// Names that CPython's os.py defines in Python over the posix functions:
// they come from that source, run as the module `_os_py` (vm/import.cpp)
// with pyvm's os as its `posix`, the first time one is read.
constexpr const char* kFromOsSource[] = {
    "walk",
    "makedirs",
    "removedirs",
    "renames",
    "fsencode",
    "fsdecode",
    "fdopen",
    "PathLike",
    "_get_exports_list",
    "supports_fd",
    "supports_dir_fd",
    "supports_effective_ids",
    "supports_follow_symlinks",
    "supports_bytes_environ",
    "get_exec_path",
    "popen",
    "GenericAlias",
};

bool from_os_source(VM& vm, Value name) {
  if (!is_str(vm, name)) return false;
  for (const char* n : kFromOsSource) {
    if (str_equals_ascii(name.as<Str>(), n)) return true;
  }
  return false;
}

Value os_source_attribute(VM& vm, Str* name) {
  Value fromlist = Value::from_object(tuple_new(vm, 0));
  Value source = vm::import_module(vm, vm.intern("_os_py"), fromlist, 0, nullptr);
  if (source.is_null()) return source;
  Value found = get_attr(vm, source, name);
  if (found.is_null()) return found;
  Type* t = type_of(vm, found);
  if (t == vm.types().function || is_subtype(t, vm.types().type)) {
    // os.walk.__module__ and os.PathLike.__module__ are 'os' in CPython.
    if (set_attr(vm, found, vm.intern("__module__"), Value::from_object(vm.intern("os"))) < 0) {
      return Value::null();
    }
  }
  Value os = dict_get_str(vm, vm.modules(), vm.intern("os"));
  if (!os.is_null() && os.is_object() && os.object()->type == vm.types().module) {
    dict_set_str(vm, os.as<Module>()->dict, name, found);
  }
  return found;
}

// os.__getattr__ (PEP 562): `os.path` without `import os.path` imports
// posixpath as os.path, as CPython's os module always has it.
Value os_getattr_hook(VM& vm, CallArgs args) {
  Value name = args.args[0];
  if (from_os_source(vm, name)) return os_source_attribute(vm, name.as<Str>());
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
void add_os_terminal(VM& vm, Module* os);   // runtime/os_terminal.cpp
void add_os_process(VM& vm, Module* os);    // runtime/os_process.cpp

void create_os_module(VM& vm) {
  Module* os = module_new(vm, vm.intern("os"));
  add_os_path_hook(vm, os);
  add_os_stat(vm, os);
  add_os_terminal(vm, os);
  add_os_process(vm, os);
  add_os_files(vm, os);
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
