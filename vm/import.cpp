// import: the module finder and loader behind IMPORT_NAME, IMPORT_FROM and
// IMPORT_STAR (see vm/import.h). Modules are found as NAME.py or
// NAME/__init__.py on sys.path (or a package's __path__), compiled with
// python3.11 into __pycache__ (into the user cache directory when that
// __pycache__ is read-only, as for CPython's standard library), loaded and
// verified, then run in a fresh module registered in sys.modules beforehand.
// A few native modules are created on first import instead (kLazyNativeModules),
// and submodules of native modules map to standard-library modules
// (kNativeSubmoduleAliases: collections.abc, os.path).
#include "vm/import.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "runtime/array_module.h"
#include "runtime/ast_module.h"
#include "runtime/binascii_module.h"
#include "runtime/codecs.h"
#include "runtime/contextvars_module.h"
#include "runtime/csv_module.h"
#include "runtime/datetime_fixups.h"
#include "runtime/dict.h"
#include "runtime/errno_module.h"
#include "runtime/exceptions.h"
#include "runtime/hash_modules.h"
#include "runtime/json_module.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/random_module.h"
#include "runtime/signal_module.h"
#include "runtime/str.h"
#include "runtime/string_module.h"
#include "runtime/struct_module.h"
#include "runtime/thread_module.h"
#include "runtime/tuple.h"
#include "runtime/unicodedata_module.h"
#include "runtime/unsupported_modules.h"
#include "vm/imp_module.h"
#include "vm/interpreter.h"
#include "vm/module_specs.h"
#include "vm/pyc.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

using runtime::Dict;
using runtime::List;
using runtime::Str;

constexpr const char* kDefaultStdlib = "/usr/lib/python3.11";

// Names of modules whose code is running (for the "partially initialized
// module" wording of CPython's ImportError).
std::set<std::string>& initializing_modules(VM& vm) { return vm.modules_initializing; }

bool is_directory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool is_file(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::string current_directory() {
  char buffer[PATH_MAX];
  if (getcwd(buffer, sizeof buffer) == nullptr) return ".";
  return buffer;
}

// A sys.path entry as an absolute directory ('' is the current directory).
std::string absolute_directory(const std::string& entry) {
  if (entry.empty() || entry == ".") return current_directory();
  if (entry[0] == '/') return entry;
  return current_directory() + "/" + entry;
}

Value lookup(VM& vm, Dict* d, const char* key) {
  return runtime::dict_get_str(vm, d, vm.intern(key));
}

Value sys_attr(VM& vm, const char* name) {
  Value sys = runtime::dict_get_str(vm, vm.modules(), vm.intern("sys"));
  if (sys.is_null() || !sys.is_object() || sys.object()->type != vm.types().module) {
    return Value::null();
  }
  return lookup(vm, sys.as<runtime::Module>()->dict, name);
}

bool is_str_value(VM& vm, Value v) { return runtime::is_str(vm, v); }

std::string utf8(Value v) { return runtime::str_to_utf8(v.as<Str>()); }

Value make_str(VM& vm, const std::string& s) {
  return Value::from_object(runtime::str_from_utf8(vm, s));
}

// Raises `type`(message, name=name, path=path) (path null: None), as
// CPython's importer does, so that the exception's name and path are set.
Value raise_import_error(VM& vm, runtime::Type* type, const std::string& message,
                         const std::string& name, Value path) {
  Value argv[3] = {make_str(vm, message), make_str(vm, name), path.is_null() ? vm.none() : path};
  Value kwnames[2] = {Value::from_object(vm.intern("name")), Value::from_object(vm.intern("path"))};
  runtime::Tuple* names = runtime::tuple_from(vm, kwnames, 2);
  Value exception = runtime::call(vm, Value::from_object(type), runtime::CallArgs{argv, 1, names});
  if (exception.is_null()) return exception;
  return runtime::raise_value(vm, exception);
}

// ModuleNotFoundError(message) for the module `name`.
Value raise_not_found(VM& vm, const std::string& message, const std::string& name) {
  return raise_import_error(vm, vm.types().module_not_found_error, message, name, Value::null());
}

// Where a module's source was found.
struct Location {
  std::string source;     // .../NAME.py or .../NAME/__init__.py
  std::string directory;  // the package directory (packages only)
  bool is_package = false;
};

// Searches the directories of `paths` (a list of str; other items are
// ignored, as CPython does) for the module `last_name`.
bool find_module(VM& vm, Value paths, const std::string& last_name, Location* where) {
  if (paths.is_null() || !runtime::is_list(vm, paths)) return false;
  auto* list = paths.as<List>();
  for (int64_t i = 0; i < list->length; ++i) {
    Value entry = list->items[i];
    if (!is_str_value(vm, entry)) continue;
    std::string dir = absolute_directory(utf8(entry));
    std::string package = dir + "/" + last_name;
    if (is_directory(package) && is_file(package + "/__init__.py")) {
      where->source = package + "/__init__.py";
      where->directory = package;
      where->is_package = true;
      return true;
    }
    if (is_file(package + ".py")) {
      where->source = package + ".py";
      where->is_package = false;
      return true;
    }
  }
  return false;
}

std::string directory_of(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
}

// True when the __pycache__ next to `source` can receive a compiled file:
// it is writable, or it does not exist and the source's directory is.
bool pycache_writable(const std::string& source) {
  std::string cache = directory_of(cached_pyc_path(source));
  if (is_directory(cache)) return access(cache.c_str(), W_OK) == 0;
  return access(directory_of(source).c_str(), W_OK) == 0;
}

// The per-user cache directory for compiled modules whose own __pycache__
// is read-only: $XDG_CACHE_HOME/pyvm, ~/.cache/pyvm, else /tmp/pyvm-cache-UID.
std::string user_cache_directory() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && xdg[0] == '/') return std::string(xdg) + "/pyvm";
  const char* home = std::getenv("HOME");
  if (home != nullptr && home[0] == '/') return std::string(home) + "/.cache/pyvm";
  return "/tmp/pyvm-cache-" + std::to_string(getuid());
}

// Where `source` compiles to in the user cache: the source's absolute
// directory mirrored under the cache directory.
std::string user_cache_pyc(const std::string& source) {
  std::string pyc = cached_pyc_path(source);
  std::string absolute = pyc[0] == '/' ? pyc : current_directory() + "/" + pyc;
  return user_cache_directory() + absolute;
}

runtime::Code* load_code(VM& vm, const std::string& source) {
  std::string pyc = cached_pyc_path(source);
  if (!pyc_is_fresh(source, pyc) && !pycache_writable(source)) pyc = user_cache_pyc(source);
  if (!pyc_is_fresh(source, pyc) && !compile_with_cpython(source, pyc)) {
    runtime::raise(vm, vm.types().import_error, "cannot compile '" + source + "'");
    return nullptr;
  }
  std::string error;
  runtime::Code* code = load_pyc_file(vm, pyc, &error);
  if (code == nullptr) {
    runtime::raise(vm, vm.types().import_error, "bad .pyc file " + pyc + ": " + error);
  }
  return code;
}

// Creates, registers and runs the module `name` found at `where`.
Value load_module(VM& vm, const std::string& name, const Location& where) {
  runtime::Code* code = load_code(vm, where.source);
  if (code == nullptr) return Value::null();
  Str* name_str = runtime::str_from_utf8(vm, name);
  runtime::Module* module = runtime::module_new(vm, name_str);
  Dict* globals = module->dict;
  std::string package = name;
  if (!where.is_package) {
    size_t dot = name.rfind('.');
    package = dot == std::string::npos ? "" : name.substr(0, dot);
  }
  runtime::dict_set_str(vm, globals, vm.intern("__file__"), make_str(vm, where.source));
  runtime::dict_set_str(vm, globals, vm.intern("__cached__"),
                        make_str(vm, cached_pyc_path(where.source)));
  runtime::dict_set_str(vm, globals, vm.intern("__package__"), make_str(vm, package));
  runtime::dict_set_str(vm, globals, vm.intern("__builtins__"), Value::from_object(vm.builtins()));
  runtime::dict_set_str(vm, globals, vm.intern("__loader__"), vm.none());
  runtime::dict_set_str(vm, globals, vm.intern("__spec__"), vm.none());
  if (where.is_package) {
    List* path = runtime::list_new(vm);
    runtime::list_append(vm, path, make_str(vm, where.directory));
    runtime::dict_set_str(vm, globals, vm.intern("__path__"), Value::from_object(path));
  }
  give_file_module_spec(vm, module);
  Value key = Value::from_object(name_str);
  runtime::dict_set_str(vm, vm.modules(), name_str, Value::from_object(module));
  initializing_modules(vm).insert(name);
  Value result = run_module_code(vm, code, globals);
  initializing_modules(vm).erase(name);
  if (result.is_null()) {
    Value pending = vm.take_exception();
    if (runtime::dict_del(vm, vm.modules(), key) < 0) vm.clear_exception();
    runtime::raise_value(vm, pending);
    return Value::null();
  }
  if (name == "datetime") runtime::fix_datetime_module(vm, module);
  note_module_loaded(vm, name);
  Value loaded = runtime::dict_get_str(vm, vm.modules(), name_str);
  if (loaded.is_null()) {
    return runtime::raise(vm, vm.types().import_error,
                          "Loaded module " + name + " not found in sys.modules");
  }
  return loaded;
}

Value find_and_load(VM& vm, const std::string& name);

// Native modules created the first time they are imported (so that scripts
// that do not import them do not pay for them at start-up). Each creator
// registers its module in sys.modules and returns it.
struct LazyNativeModule {
  const char* name;
  Value (*create)(VM& vm);
};

constexpr LazyNativeModule kLazyNativeModules[] = {
    {"_blake2", runtime::create_blake2_module},
    {"_codecs", runtime::create_codecs_module},
    {"_json", runtime::create_json_module},
    {"_md5", runtime::create_md5_module},
    {"_sha1", runtime::create_sha1_module},
    {"_sha256", runtime::create_sha256_module},
    {"_sha3", runtime::create_sha3_module},
    {"_sha512", runtime::create_sha512_module},
    {"_random", runtime::create_random_module},
    {"_string", runtime::create_string_module},
    {"_ast", runtime::create_ast_module},
    {"_contextvars", runtime::create_contextvars_module},
    {"_thread", runtime::create_thread_module},
    {"_imp", create_imp_module},
    {"_warnings", create_warnings_module},
    {"marshal", create_marshal_module},
    {"posix", create_posix_module},
    {"atexit", runtime::create_atexit_module},
    {"errno", runtime::create_errno_module},
    {"_struct", runtime::create_struct_module},
    {"array", runtime::create_array_module},
    {"binascii", runtime::create_binascii_module},
    {"_signal", runtime::create_signal_module},
    {"_csv", runtime::create_csv_module},
    {"unicodedata", runtime::create_unicodedata_module},
    {"_socket", runtime::create_socket_module},
    {"select", runtime::create_select_module},
    {"_posixsubprocess", runtime::create_posixsubprocess_module},
};

// Submodules of native modules that are a standard-library module under
// another name (CPython's collections/abc.py re-exports _collections_abc).
struct NativeSubmoduleAlias {
  const char* name;
  const char* target;
};

constexpr NativeSubmoduleAlias kNativeSubmoduleAliases[] = {
    {"collections.abc", "_collections_abc"},
    {"os.path", "posixpath"},
};

// The lazily created native module `name`, or null (no exception) when
// there is none of that name.
Value load_lazy_native(VM& vm, const std::string& name) {
  for (const LazyNativeModule& m : kLazyNativeModules) {
    if (name == m.name) return m.create(vm);
  }
  return Value::null();
}

// `name` as the alias of another module (imported, then registered under
// `name` too), or null (no exception) when `name` is no such alias.
Value load_native_alias(VM& vm, const std::string& name, bool* found) {
  *found = false;
  for (const NativeSubmoduleAlias& a : kNativeSubmoduleAliases) {
    if (name != a.name) continue;
    *found = true;
    Value target = find_and_load(vm, a.target);
    if (target.is_null()) return target;
    runtime::dict_set_str(vm, vm.modules(), runtime::str_from_utf8(vm, name), target);
    return target;
  }
  return Value::null();
}

// Standard-library modules that pyvm replaces with a native module of the
// same name but whose Python source it still runs, under another name, for
// the parts the native module leaves out (collections' UserDict, UserList
// and UserString come from `_collections_py`).
struct RenamedStdlibModule {
  const char* name;
  const char* source_name;
};

constexpr RenamedStdlibModule kRenamedStdlibModules[] = {
    {"_collections_py", "collections"},
    {"_os_py", "os"},
};

// Loads the source of `source_name` found on sys.path as the module `name`;
// null (no exception) when `name` is no such module.
Value load_renamed_stdlib(VM& vm, const std::string& name) {
  for (const RenamedStdlibModule& m : kRenamedStdlibModules) {
    if (name != m.name) continue;
    Location where;
    if (!find_module(vm, sys_attr(vm, "path"), m.source_name, &where)) {
      return raise_not_found(vm, "No module named '" + name + "'", name);
    }
    return load_module(vm, name, where);
  }
  return Value::null();
}

// Binds `module` as the attribute `last` of `parent`.
Value bind_in_parent(VM& vm, Value parent, const std::string& last, Value module) {
  if (module.is_null() || parent.is_null()) return module;
  if (runtime::set_attr(vm, parent, runtime::str_from_utf8(vm, last), module) < 0) {
    return Value::null();
  }
  return module;
}

// Imports `name` (absolute): its parents first, then the module itself,
// which is then bound as an attribute of its parent.
Value find_and_load_uncached(VM& vm, const std::string& name) {
  size_t dot = name.rfind('.');
  Value paths = sys_attr(vm, "path");
  Value parent;
  if (dot != std::string::npos) {
    std::string parent_name = name.substr(0, dot);
    parent = find_and_load(vm, parent_name);
    if (parent.is_null()) return parent;
    Value already = runtime::dict_get_str(vm, vm.modules(), runtime::str_from_utf8(vm, name));
    if (!already.is_null()) return already;
    paths = runtime::get_attr(vm, parent, vm.intern("__path__"));
    if (paths.is_null()) {
      vm.clear_exception();
      bool alias = false;
      Value aliased = load_native_alias(vm, name, &alias);
      if (alias) return bind_in_parent(vm, parent, name.substr(dot + 1), aliased);
      return raise_not_found(
          vm, "No module named '" + name + "'; '" + parent_name + "' is not a package", name);
    }
  }
  if (dot == std::string::npos) {
    Value native = load_lazy_native(vm, name);
    if (!native.is_null() || vm.has_exception()) return native;
    Value renamed = load_renamed_stdlib(vm, name);
    if (!renamed.is_null() || vm.has_exception()) return renamed;
  }
  Location where;
  std::string last = dot == std::string::npos ? name : name.substr(dot + 1);
  if (!find_module(vm, paths, last, &where)) {
    return raise_not_found(vm, "No module named '" + name + "'", name);
  }
  return bind_in_parent(vm, parent, last, load_module(vm, name, where));
}

Value find_and_load(VM& vm, const std::string& name) {
  Value module = runtime::dict_get_str(vm, vm.modules(), runtime::str_from_utf8(vm, name));
  if (module.is_null()) return find_and_load_uncached(vm, name);
  if (module == vm.none()) {
    return raise_not_found(vm, "import of " + name + " halted; None in sys.modules", name);
  }
  return module;
}

// The package a relative import in `globals` is relative to.
bool importer_package(VM& vm, Dict* globals, std::string* package) {
  if (globals == nullptr) return false;
  Value pkg = lookup(vm, globals, "__package__");
  if (!pkg.is_null() && pkg != vm.none()) {
    if (!is_str_value(vm, pkg)) {
      runtime::raise_type_error(vm, "package must be a string");
      return false;
    }
    *package = utf8(pkg);
    return true;
  }
  Value name = lookup(vm, globals, "__name__");
  if (name.is_null() || !is_str_value(vm, name)) return true;
  *package = utf8(name);
  if (lookup(vm, globals, "__path__").is_null()) {
    size_t dot = package->rfind('.');
    *package = dot == std::string::npos ? "" : package->substr(0, dot);
  }
  return true;
}

// The absolute name of a relative import, or false with an exception.
bool resolve_name(VM& vm, const std::string& name, int64_t level, Dict* globals,
                  std::string* absolute) {
  std::string package;
  if (!importer_package(vm, globals, &package)) {
    if (!vm.has_exception()) {
      runtime::raise(vm, vm.types().import_error,
                     "attempted relative import with no known parent package");
    }
    return false;
  }
  if (package.empty()) {
    runtime::raise(vm, vm.types().import_error,
                   "attempted relative import with no known parent package");
    return false;
  }
  std::string base = package;
  for (int64_t i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      runtime::raise(vm, vm.types().import_error,
                     "attempted relative import beyond top-level package");
      return false;
    }
    base = base.substr(0, dot);
  }
  *absolute = name.empty() ? base : base + "." + name;
  return true;
}

bool fromlist_is_empty(VM& vm, Value fromlist) {
  if (fromlist.is_null() || fromlist == vm.none()) return true;
  int truth = runtime::truth(vm, fromlist);
  if (truth < 0) vm.clear_exception();
  return truth <= 0;
}

int handle_fromlist(VM& vm, Value module, Value fromlist, bool recursive);

// Imports the submodule `item` of the package `module` unless it already
// has such an attribute; a missing submodule is not an error here.
int import_fromlist_item(VM& vm, Value module, Value item, bool recursive) {
  if (!is_str_value(vm, item)) {
    runtime::raise_type_error(vm, std::string("Item in ") + (recursive ? "__all__" : "from list") +
                                      " must be str, not " + runtime::type_name(vm, item));
    return -1;
  }
  std::string name = utf8(item);
  if (name == "*") {
    if (recursive) return 0;
    Value all = runtime::get_attr(vm, module, vm.intern("__all__"));
    if (all.is_null()) {
      vm.clear_exception();
      return 0;
    }
    return handle_fromlist(vm, module, all, true);
  }
  Value existing = runtime::get_attr(vm, module, item.as<Str>());
  if (!existing.is_null()) return 0;
  vm.clear_exception();
  Value package_name = runtime::get_attr(vm, module, vm.intern("__name__"));
  Value paths = runtime::get_attr(vm, module, vm.intern("__path__"));
  if (package_name.is_null() || paths.is_null() || !is_str_value(vm, package_name)) {
    vm.clear_exception();
    return 0;
  }
  std::string full = utf8(package_name) + "." + name;
  Location where;
  if (runtime::dict_get_str(vm, vm.modules(), runtime::str_from_utf8(vm, full)).is_null() &&
      !find_module(vm, paths, name, &where)) {
    return 0;
  }
  return find_and_load(vm, full).is_null() ? -1 : 0;
}

int handle_fromlist(VM& vm, Value module, Value fromlist, bool recursive) {
  Value iterator = runtime::get_iter(vm, fromlist);
  if (iterator.is_null()) return -1;
  while (true) {
    Value item = runtime::iter_next(vm, iterator);
    if (item.is_null()) return vm.has_exception() ? -1 : 0;
    if (import_fromlist_item(vm, module, item, recursive) < 0) return -1;
  }
}

// `module.__file__` for the ImportError message, or "unknown location".
std::string module_location(VM& vm, Value module) {
  if (module.is_object() && module.object()->type == vm.types().module) {
    Value file = lookup(vm, module.as<runtime::Module>()->dict, "__file__");
    if (!file.is_null() && is_str_value(vm, file)) return utf8(file);
  }
  return "unknown location";
}

// Appends the entries of PYTHONPATH.
void add_python_path(VM& vm, List* list) {
  const char* python_path = std::getenv("PYTHONPATH");
  if (python_path == nullptr || *python_path == '\0') return;
  std::string entries = python_path;
  size_t start = 0;
  while (start <= entries.size()) {
    size_t colon = entries.find(':', start);
    if (colon == std::string::npos) colon = entries.size();
    std::string entry = entries.substr(start, colon - start);
    if (!entry.empty()) runtime::list_append(vm, list, make_str(vm, absolute_directory(entry)));
    start = colon + 1;
  }
}

// Appends CPython's standard library directory (PYVM_STDLIB, default
// /usr/lib/python3.11) when it exists.
void add_stdlib_path(VM& vm, List* list) {
  const char* configured = std::getenv("PYVM_STDLIB");
  std::string stdlib = configured != nullptr && *configured != '\0' ? configured : kDefaultStdlib;
  if (!is_directory(stdlib)) return;
  runtime::list_append(vm, list, make_str(vm, absolute_directory(stdlib)));
}

}  // namespace

bool compile_with_cpython(const std::string& source, const std::string& pyc) {
  const char* python = std::getenv("PYVM_PYTHON");
  if (python == nullptr || *python == '\0') python = "python3.11";
  static const char* const kScript =
      "import os, sys, py_compile, traceback\n"
      "try:\n"
      "    py_compile.compile(sys.argv[1], cfile=sys.argv[2],\n"
      "                       dfile=os.path.abspath(sys.argv[1]), doraise=True)\n"
      "except py_compile.PyCompileError as e:\n"
      "    traceback.print_exception(e.exc_value, limit=0)\n"
      "    sys.exit(1)\n";
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) return false;
  if (pid == 0) {
    execlp(python, python, "-c", kScript, source.c_str(), pyc.c_str(), static_cast<char*>(nullptr));
    std::fprintf(stderr, "pyvm: cannot run %s to compile %s: %s\n", python, source.c_str(),
                 std::strerror(errno));
    std::_Exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// sys.builtin_module_names: the native modules, those made at start-up
// (already in sys.modules, except __main__) and the lazily created ones,
// sorted as in CPython.
static void init_builtin_module_names(VM& vm) {
  std::set<std::string> names;
  int64_t pos = 0;
  Value key, value;
  while (runtime::dict_next(vm.modules(), &pos, &key, &value)) {
    if (is_str_value(vm, key) && utf8(key) != "__main__") names.insert(utf8(key));
  }
  for (const LazyNativeModule& m : kLazyNativeModules) names.insert(m.name);
  runtime::Tuple* tuple = runtime::tuple_new(vm, static_cast<int64_t>(names.size()));
  int64_t i = 0;
  for (const std::string& name : names) {
    runtime::tuple_init_item(vm, tuple, i++, make_str(vm, name));
  }
  Value sys = runtime::dict_get_str(vm, vm.modules(), vm.intern("sys"));
  if (sys.is_null()) return;
  // importlib's hooks: _imp adds pyvm's finder to meta_path (vm/imp_module.h).
  Value lists[] = {Value::from_object(runtime::list_new(vm)),
                   Value::from_object(runtime::list_new(vm))};
  if (runtime::set_attr(vm, sys, vm.intern("meta_path"), lists[0]) < 0 ||
      runtime::set_attr(vm, sys, vm.intern("path_hooks"), lists[1]) < 0 ||
      runtime::set_attr(vm, sys, vm.intern("path_importer_cache"),
                        Value::from_object(runtime::dict_new(vm))) < 0) {
    vm.clear_exception();
  }
  if (runtime::set_attr(vm, sys, vm.intern("builtin_module_names"), Value::from_object(tuple)) <
      0) {
    vm.clear_exception();
  }
}

void init_sys_path(VM& vm, const std::string& main_file) {
  Value path = sys_attr(vm, "path");
  if (path.is_null() || !runtime::is_list(vm, path)) return;
  auto* list = path.as<List>();
  char resolved[PATH_MAX];
  std::string file = realpath(main_file.c_str(), resolved) != nullptr ? resolved : main_file;
  size_t slash = file.rfind('/');
  std::string dir = slash == std::string::npos ? "" : (slash == 0 ? "/" : file.substr(0, slash));
  runtime::list_append(vm, list, make_str(vm, dir));
  add_python_path(vm, list);
  add_stdlib_path(vm, list);
  init_builtin_module_names(vm);
}

Value import_module(VM& vm, Str* name, Value fromlist, int64_t level, Dict* importer_globals) {
  std::string absolute = runtime::str_to_utf8(name);
  if (level < 0) return runtime::raise_value_error(vm, "level must be >= 0");
  if (level > 0) {
    if (!resolve_name(vm, absolute, level, importer_globals, &absolute)) return Value::null();
  } else if (absolute.empty()) {
    return runtime::raise_value_error(vm, "Empty module name");
  }
  Value module = find_and_load(vm, absolute);
  if (module.is_null()) return module;
  if (!fromlist_is_empty(vm, fromlist)) {
    Value paths = runtime::get_attr(vm, module, vm.intern("__path__"));
    if (paths.is_null()) {
      vm.clear_exception();
      return module;
    }
    if (handle_fromlist(vm, module, fromlist, false) < 0) return Value::null();
    return module;
  }
  std::string given = runtime::str_to_utf8(name);
  size_t dot = given.find('.');
  if (dot == std::string::npos) return module;
  if (level == 0) return find_and_load(vm, given.substr(0, dot));
  size_t cut = given.size() - dot;
  std::string top = absolute.substr(0, absolute.size() - cut);
  Value top_module = runtime::dict_get_str(vm, vm.modules(), runtime::str_from_utf8(vm, top));
  if (top_module.is_null()) {
    return runtime::raise(vm, vm.types().key_error, "'" + top + "'");
  }
  return top_module;
}

Value import_from_module(VM& vm, Value module, Str* name) {
  Value v = runtime::get_attr(vm, module, name);
  if (!v.is_null()) return v;
  if (!runtime::exception_matches(vm, vm.types().attribute_error)) return v;
  vm.clear_exception();
  Value module_name = runtime::get_attr(vm, module, vm.intern("__name__"));
  if (module_name.is_null() || !is_str_value(vm, module_name)) {
    vm.clear_exception();
    return runtime::raise(vm, vm.types().import_error,
                          "cannot import name '" + runtime::str_to_utf8(name) +
                              "' from '<unknown module name>' (unknown location)");
  }
  std::string package = utf8(module_name);
  std::string full = package + "." + runtime::str_to_utf8(name);
  Value submodule = runtime::dict_get_str(vm, vm.modules(), runtime::str_from_utf8(vm, full));
  if (!submodule.is_null()) return submodule;
  std::string message = "cannot import name '" + runtime::str_to_utf8(name) + "' from ";
  if (initializing_modules(vm).count(package) != 0) {
    message +=
        "partially initialized module '" + package + "' (most likely due to a circular import) ";
  } else {
    message += "'" + package + "' ";
  }
  Value file = runtime::get_attr(vm, module, vm.intern("__file__"));
  if (file.is_null()) vm.clear_exception();
  return raise_import_error(vm, vm.types().import_error,
                            message + "(" + module_location(vm, module) + ")", package, file);
}

int import_star(VM& vm, Value module, Value locals) {
  if (locals.is_null()) {
    runtime::raise(vm, vm.types().system_error, "no locals found during 'import *'");
    return -1;
  }
  Value all = runtime::get_attr(vm, module, vm.intern("__all__"));
  bool skip_private = false;
  if (all.is_null()) {
    if (!runtime::exception_matches(vm, vm.types().attribute_error)) return -1;
    vm.clear_exception();
    all = runtime::get_attr(vm, module, vm.intern("__dict__"));
    if (all.is_null()) {
      if (!runtime::exception_matches(vm, vm.types().attribute_error)) return -1;
      vm.clear_exception();
      runtime::raise(vm, vm.types().import_error,
                     "from-import-* object has no __dict__ and no __all__");
      return -1;
    }
    skip_private = true;
  }
  Value iterator = runtime::get_iter(vm, all);
  if (iterator.is_null()) return -1;
  while (true) {
    Value item = runtime::iter_next(vm, iterator);
    if (item.is_null()) return vm.has_exception() ? -1 : 0;
    if (!is_str_value(vm, item)) {
      runtime::raise_type_error(vm, std::string("Item in ") +
                                        (skip_private ? "module.__dict__.keys()" : "__all__") +
                                        " must be str, not " + runtime::type_name(vm, item));
      return -1;
    }
    Str* key = item.as<Str>();
    if (skip_private && runtime::str_to_utf8(key).rfind('_', 0) == 0) continue;
    Value value = runtime::get_attr(vm, module, key);
    if (value.is_null()) return -1;
    if (runtime::set_item(vm, locals, item, value) < 0) return -1;
  }
}

}  // namespace pyvm::vm
