// _imp, _warnings, marshal and posix (see vm/imp_module.h).
//
// importlib._bootstrap._setup asks _imp which of sys.modules are built in
// (sys.builtin_module_names, which vm/import.cpp fills with the native
// modules) and loads _thread, _warnings and _weakref through
// BuiltinImporter, whose create_module is _imp.create_builtin: that imports
// the module the usual pyvm way. pyvm has no frozen modules and no
// extension modules; the module lock functions do nothing (one thread).
#include "vm/imp_module.h"

#include <string>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/import.h"
#include "vm/marshal.h"
#include "vm/marshal_writer.h"
#include "vm/module_specs.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

using runtime::CallArgs;
using runtime::Module;
using runtime::Str;

void add_function(VM& vm, Module* m, const char* name, runtime::NativeFn fn, int min_args,
                  int max_args, uint32_t flags = 0) {
  runtime::NativeFunction* f =
      runtime::native_function_new(vm, name, fn, min_args, max_args, flags);
  runtime::dict_set_str(vm, m->dict, f->name, Value::from_object(f));
}

Module* new_module(VM& vm, const char* name) {
  Module* m = runtime::module_new(vm, vm.intern(name));
  runtime::dict_set_str(vm, vm.modules(), m->name, Value::from_object(m));
  return m;
}

bool is_module(VM& vm, Value v) { return v.is_object() && v.object()->type == vm.types().module; }

// Imports the module `name` (absolute) through pyvm's importer.
Value import_by_name(VM& vm, Value name) {
  Value fromlist = Value::from_object(runtime::tuple_new(vm, 0));
  Value top = import_module(vm, name.as<Str>(), fromlist, 0, nullptr);
  if (top.is_null()) return top;
  Value module = runtime::dict_get_str(vm, vm.modules(), name.as<Str>());
  return module.is_null() ? top : module;
}

// ---- _imp ----

// is_builtin(name): 1 for a native module, 0 otherwise; -1 (cannot be
// initialised again) for sys and builtins, as in CPython.
Value imp_is_builtin(VM& vm, CallArgs args) {
  if (runtime::is_str(vm, args.args[0])) {
    std::string name = runtime::str_to_utf8(args.args[0].as<Str>());
    if (name == "sys" || name == "builtins") return Value::from_small_int(-1);
  }
  Value names = runtime::module_attribute(vm, "sys", "builtin_module_names");
  if (names.is_null()) return Value::from_small_int(0);
  int found = runtime::contains(vm, names, args.args[0]);
  if (found < 0) return Value::null();
  return Value::from_small_int(found);
}

Value imp_create_builtin(VM& vm, CallArgs args) {
  Value name = runtime::get_attr(vm, args.args[0], vm.intern("name"));
  if (name.is_null()) return name;
  if (!runtime::is_str(vm, name)) return runtime::raise_type_error(vm, "spec.name must be a str");
  Value existing = runtime::dict_get_str(vm, vm.modules(), name.as<Str>());
  if (!existing.is_null()) return existing;
  return import_by_name(vm, name);
}

Value imp_false(VM& vm, CallArgs) { return vm.false_value(); }
Value imp_none(VM& vm, CallArgs) { return vm.none(); }
Value imp_zero(VM&, CallArgs) { return Value::from_small_int(0); }

Value imp_not_frozen(VM& vm, CallArgs args) {
  Value text = runtime::repr(vm, args.args[0]);
  if (text.is_null()) return text;
  return runtime::raise(vm, vm.types().import_error,
                        "No such frozen object named " + runtime::str_to_utf8(text.as<Str>()));
}

Value imp_extension_suffixes(VM& vm, CallArgs) {
  runtime::List* list = runtime::list_new(vm);
  for (const char* s : {".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so"}) {
    runtime::list_append(vm, list, Value::from_object(runtime::str_from_utf8(vm, s)));
  }
  return Value::from_object(list);
}

Value imp_source_hash(VM& vm, CallArgs) {
  return runtime::raise(vm, vm.types().not_implemented_error,
                        "_imp.source_hash: pyvm has no SipHash of sources");
}

// ---- the meta path finder ----
//
// sys.meta_path holds one finder, the module `_pyvm_finder`, so that
// importlib.import_module and importlib.util.find_spec work: find_spec
// imports the module through pyvm's importer (running it, unlike CPython's
// finders) and describes it with importlib's ModuleSpec, whose loader is the
// finder again (create_module returns the loaded module; exec_module does
// not run it again, so importlib.reload does not either, and gives the module
// back its own SourceFileLoader spec: vm/module_specs.h).

constexpr const char* kFinderName = "_pyvm_finder";

Value finder_find_spec(VM& vm, CallArgs args) {
  if (!runtime::is_str(vm, args.args[0])) {
    return runtime::raise_type_error(vm, "find_spec() argument 'fullname' must be str");
  }
  Value module = runtime::dict_get_str(vm, vm.modules(), args.args[0].as<Str>());
  if (module.is_null() || module == vm.none()) {
    module = import_by_name(vm, args.args[0]);
    if (module.is_null()) {
      if (!runtime::exception_matches(vm, vm.types().module_not_found_error)) return module;
      vm.clear_exception();
      return vm.none();
    }
    if (is_module(vm, module)) withdraw_module_spec(vm, module.as<Module>());
  }
  Value spec_type = runtime::module_attribute(vm, "importlib._bootstrap", "ModuleSpec");
  Value finder = runtime::dict_get_str(vm, vm.modules(), vm.intern(kFinderName));
  if (spec_type.is_null() || finder.is_null()) return vm.none();
  Value file = runtime::get_attr(vm, module, vm.intern("__file__"));
  if (file.is_null()) vm.clear_exception();
  Value argv[3] = {args.args[0], finder, file.is_null() ? vm.none() : file};
  Value kwnames[1] = {Value::from_object(vm.intern("origin"))};
  Value spec = runtime::call(vm, spec_type, CallArgs{argv, 2, runtime::tuple_from(vm, kwnames, 1)});
  if (spec.is_null()) return spec;
  if (!file.is_null() &&
      runtime::set_attr(vm, spec, vm.intern("has_location"), vm.true_value()) < 0) {
    return Value::null();
  }
  Value path = runtime::get_attr(vm, module, vm.intern("__path__"));
  if (path.is_null()) {
    vm.clear_exception();
  } else if (runtime::set_attr(vm, spec, vm.intern("submodule_search_locations"), path) < 0) {
    return Value::null();
  }
  return spec;
}

// exec_module(module): the module already ran; it gets its own spec back.
Value finder_exec_module(VM& vm, CallArgs args) {
  if (is_module(vm, args.args[0])) give_module_spec_after_import(vm, args.args[0].as<Module>());
  return vm.none();
}

Value finder_create_module(VM& vm, CallArgs args) {
  Value name = runtime::get_attr(vm, args.args[0], vm.intern("name"));
  if (name.is_null()) return name;
  if (!runtime::is_str(vm, name)) return runtime::raise_type_error(vm, "spec.name must be a str");
  Value module = runtime::dict_get_str(vm, vm.modules(), name.as<Str>());
  return module.is_null() ? import_by_name(vm, name) : module;
}

// Adds the finder to sys.meta_path (once).
void install_finder(VM& vm) {
  if (!runtime::dict_get_str(vm, vm.modules(), vm.intern(kFinderName)).is_null()) return;
  Module* finder = new_module(vm, kFinderName);
  add_function(vm, finder, "find_spec", finder_find_spec, 1, 3);
  add_function(vm, finder, "create_module", finder_create_module, 1, 1);
  add_function(vm, finder, "exec_module", finder_exec_module, 1, 1);
  Value meta_path = runtime::module_attribute(vm, "sys", "meta_path");
  if (meta_path.is_null() || !runtime::is_list(vm, meta_path)) return;
  runtime::list_append(vm, meta_path.as<runtime::List>(), Value::from_object(finder));
}

// ---- _warnings ----

// warn(message, category=None, stacklevel=1, source=None): Lib/warnings.py's
// warn (which warnings.py itself uses, since this module lacks its filters).
Value warnings_warn(VM& vm, CallArgs args) {
  Value module = runtime::dict_get_str(vm, vm.modules(), vm.intern("warnings"));
  if (module.is_null()) {
    module = import_by_name(vm, Value::from_object(vm.intern("warnings")));
    if (module.is_null()) return module;
  }
  Value warn = runtime::get_attr(vm, module, vm.intern("warn"));
  if (warn.is_null()) return warn;
  return runtime::call(vm, warn, args);
}

// ---- marshal ----

Value marshal_loads(VM& vm, CallArgs args) {
  std::string storage;
  std::string_view data;
  if (!runtime::bytes_like_view(vm, args.args[0], &storage, &data)) {
    if (vm.has_exception()) return Value::null();
    return runtime::raise_type_error(
        vm, "a bytes-like object is required, not '" + runtime::type_name(vm, args.args[0]) + "'");
  }
  std::string error;
  Value v = marshal_load(vm, data, &error);
  if (v.is_null() && !vm.has_exception()) runtime::raise_value_error(vm, error);
  return v;
}

// marshal.dumps(value[, version]): the constant types only (code objects
// raise ValueError, as other unmarshallable objects).
Value marshal_dumps(VM& vm, CallArgs args) {
  std::string out;
  if (!marshal_dump(vm, args.args[0], &out)) return Value::null();
  return Value::from_object(runtime::bytes_new(vm, out));
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0): the
// IMPORT_NAME operation as a function.
Value builtin_import(VM& vm, CallArgs args) {
  Value a[5];
  runtime::ArgSpec spec{"__import__", {"name", "globals", "locals", "fromlist", "level"}, 1, 5};
  if (!runtime::bind_args(vm, args, spec, a)) return Value::null();
  if (!runtime::is_str(vm, a[0])) {
    return runtime::raise_type_error(vm, "module name must be a string");
  }
  int64_t level = 0;
  if (!a[4].is_null() && !runtime::index_to_int64(vm, a[4], &level)) return Value::null();
  runtime::Dict* globals = nullptr;
  if (!a[1].is_null() && runtime::is_dict(vm, a[1])) globals = a[1].as<runtime::Dict>();
  if (level > 0 && globals == nullptr) {
    return runtime::raise(vm, vm.types().key_error, "'__name__' not in globals");
  }
  Value fromlist = a[3].is_null() ? vm.none() : a[3];
  return import_module(vm, a[0].as<Str>(), fromlist, level, globals);
}

}  // namespace

void add_import_builtin(VM& vm, runtime::Dict* builtins) {
  runtime::NativeFunction* f = runtime::native_function_new(vm, "__import__", builtin_import, 0, -1,
                                                            runtime::kNativeKeywords);
  runtime::dict_set_str(vm, builtins, f->name, Value::from_object(f));
}

Value create_imp_module(VM& vm) {
  Module* m = new_module(vm, "_imp");
  add_function(vm, m, "is_builtin", imp_is_builtin, 1, 1);
  add_function(vm, m, "create_builtin", imp_create_builtin, 1, 1);
  add_function(vm, m, "exec_builtin", imp_zero, 1, 1);
  add_function(vm, m, "exec_dynamic", imp_zero, 1, 1);
  add_function(vm, m, "is_frozen", imp_false, 1, 1);
  add_function(vm, m, "is_frozen_package", imp_false, 1, 1);
  add_function(vm, m, "find_frozen", imp_none, 1, 2, runtime::kNativeKeywords);
  add_function(vm, m, "get_frozen_object", imp_not_frozen, 1, 2);
  add_function(vm, m, "init_frozen", imp_not_frozen, 1, 1);
  add_function(vm, m, "acquire_lock", imp_none, 0, 0);
  add_function(vm, m, "release_lock", imp_none, 0, 0);
  add_function(vm, m, "lock_held", imp_false, 0, 0);
  add_function(vm, m, "_fix_co_filename", imp_none, 2, 2);
  add_function(vm, m, "extension_suffixes", imp_extension_suffixes, 0, 0);
  add_function(vm, m, "source_hash", imp_source_hash, 2, 2, runtime::kNativeKeywords);
  // pyvm has no frozen modules: tests that toggle their use change nothing.
  add_function(vm, m, "_override_frozen_modules_for_tests", imp_none, 1, 1);
  add_function(vm, m, "_frozen_module_names", imp_none, 0, 0);
  runtime::dict_set_str(vm, m->dict, vm.intern("check_hash_based_pycs"),
                        Value::from_object(vm.intern("default")));
  install_finder(vm);
  return Value::from_object(m);
}

Value create_warnings_module(VM& vm) {
  Module* m = new_module(vm, "_warnings");
  add_function(vm, m, "warn", warnings_warn, 1, 4, runtime::kNativeKeywords);
  return Value::from_object(m);
}

Value create_marshal_module(VM& vm) {
  Module* m = new_module(vm, "marshal");
  add_function(vm, m, "loads", marshal_loads, 1, 1);
  add_function(vm, m, "dumps", marshal_dumps, 1, 2);
  runtime::dict_set_str(vm, m->dict, vm.intern("version"), Value::from_small_int(4));
  return Value::from_object(m);
}

Value create_posix_module(VM& vm) {
  Value os = import_by_name(vm, Value::from_object(vm.intern("os")));
  if (os.is_null()) return os;
  runtime::dict_set_str(vm, vm.modules(), vm.intern("posix"), os);
  return os;
}

}  // namespace pyvm::vm
