// The native `_codecs` module that Lib/codecs.py and Lib/encodings build on:
// the codec registry (register, unregister, lookup with CPython's name
// normalisation and cache, importing `encodings` on first use), the error
// handler registry (register_error, lookup_error, with the built-in handlers
// as callables), encode/decode through the registry, and the codec functions
// (utf_8_encode, utf_16_ex_decode, charmap_build, ...) over the native codecs
// of runtime/codecs_unicode.cpp and runtime/codecs_escape.cpp.
#include <string>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/codecs.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/unicode_error.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr const char* kSearchKey = "_pyvm_search_functions";
constexpr const char* kCacheKey = "_pyvm_codec_cache";
constexpr const char* kErrorsKey = "_pyvm_error_handlers";

// The registry's home: the `_codecs` module dict (created on demand).
Dict* registry(VM& vm) {
  Value m = dict_get_str(vm, vm.modules(), vm.intern("_codecs"));
  if (m.is_null() || !m.is_object() || m.object()->type != vm.types().module) {
    m = create_codecs_module(vm);
  }
  return m.as<Module>()->dict;
}

template <typename T>
T* registry_item(VM& vm, const char* key) {
  return dict_get_str(vm, registry(vm), vm.intern(key)).as<T>();
}

constexpr const char* kEncodingsKey = "_pyvm_encodings_imported";

// CPython imports `encodings` at start-up, so its search function is always
// the first one registered; pyvm imports it before the registry is first
// used. False with the import's exception pending.
bool ensure_encodings(VM& vm) {
  Dict* d = registry(vm);
  if (!dict_get_str(vm, d, vm.intern(kEncodingsKey)).is_null()) return true;
  dict_set_str(vm, d, vm.intern(kEncodingsKey), vm.bool_value(true));
  return !vm::import_module(vm, vm.intern("encodings"), vm.none(), 0, nullptr).is_null();
}

bool arg_str(VM& vm, Value v, const char* fn, int index, Value* out) {
  if (is_str(vm, v)) {
    *out = v;
    return true;
  }
  raise_type_error(vm, std::string(fn) + "() argument " + std::to_string(index) +
                           " must be str, not " + type_name(vm, v));
  return false;
}

// ---- the registries

Value register_fn(VM& vm, CallArgs args) {
  if (!check_positional(vm, args, "register", 1, 1)) return Value::null();
  if (!is_callable(vm, args.args[0])) return raise_type_error(vm, "argument must be callable");
  if (!ensure_encodings(vm)) return Value::null();
  list_append(vm, registry_item<List>(vm, kSearchKey), args.args[0]);
  return vm.none();
}

Value unregister_fn(VM& vm, CallArgs args) {
  if (!check_positional(vm, args, "unregister", 1, 1)) return Value::null();
  List* list = registry_item<List>(vm, kSearchKey);
  for (int64_t i = 0; i < list->length; ++i) {
    if (list->items[i] != args.args[0]) continue;
    Value index = int_from_int64(vm, i);
    if (del_item(vm, Value::from_object(list), index) < 0) return Value::null();
    dict_set_str(vm, registry(vm), vm.intern(kCacheKey), Value::from_object(dict_new(vm)));
    break;
  }
  return vm.none();
}

Value lookup_fn(VM& vm, CallArgs args) {
  Value name;
  if (!check_positional(vm, args, "lookup", 1, 1) ||
      !arg_str(vm, args.args[0], "lookup", 1, &name)) {
    return Value::null();
  }
  return codecs_lookup(vm, str_to_utf8(name.as<Str>()));
}

Value forget_codec_fn(VM& vm, CallArgs args) {
  Value name;
  if (!check_positional(vm, args, "_forget_codec", 1, 1) ||
      !arg_str(vm, args.args[0], "_forget_codec", 1, &name)) {
    return Value::null();
  }
  Dict* cache = registry_item<Dict>(vm, kCacheKey);
  std::string key = normalize_codec_name(str_to_utf8(name.as<Str>()));
  Value removed = dict_pop(vm, cache, Value::from_object(str_from_utf8(vm, key)));
  if (removed.is_null()) vm.clear_exception();
  return vm.none();
}

Value register_error_fn(VM& vm, CallArgs args) {
  Value name;
  if (!check_positional(vm, args, "register_error", 2, 2) ||
      !arg_str(vm, args.args[0], "register_error", 1, &name)) {
    return Value::null();
  }
  if (!is_callable(vm, args.args[1])) return raise_type_error(vm, "handler must be callable");
  dict_set_str(vm, registry_item<Dict>(vm, kErrorsKey), name.as<Str>(), args.args[1]);
  return vm.none();
}

Value lookup_error_fn(VM& vm, CallArgs args) {
  Value name;
  if (!check_positional(vm, args, "lookup_error", 1, 1) ||
      !arg_str(vm, args.args[0], "lookup_error", 1, &name)) {
    return Value::null();
  }
  return codecs_lookup_error(vm, str_to_utf8(name.as<Str>()));
}

// encode(obj, encoding='utf-8', errors='strict') and decode(...): any codec.
Value registry_convert(VM& vm, CallArgs args, bool encode) {
  const char* fn = encode ? "encode" : "decode";
  Value p[3];
  if (!bind_args(vm, args, ArgSpec{fn, {"obj", "encoding", "errors"}, 1}, p)) return Value::null();
  std::string encoding = "utf-8", errors = "strict";
  for (int i = 1; i < 3; ++i) {
    if (p[i].is_null()) continue;
    Value s;
    if (!arg_str(vm, p[i], fn, i + 1, &s)) return Value::null();
    (i == 1 ? encoding : errors) = str_to_utf8(s.as<Str>());
  }
  Value info = codecs_lookup(vm, encoding);
  if (info.is_null()) return info;
  Value codec = get_item(vm, info, Value::from_small_int(encode ? 0 : 1));
  if (codec.is_null()) return codec;
  Value argv[2] = {p[0], Value::from_object(str_from_utf8(vm, errors))};
  Value result = call_positional(vm, codec, argv, 2);
  if (result.is_null()) {
    wrap_codec_error(vm, encode ? "encoding" : "decoding", encoding);
    return result;
  }
  if (!is_tuple(vm, result) || result.as<Tuple>()->length != 2) {
    return raise_type_error(vm, encode ? "encoder must return a tuple (object, integer)"
                                       : "decoder must return a tuple (object,integer)");
  }
  return result.as<Tuple>()->at(0);
}

Value encode_fn(VM& vm, CallArgs args) { return registry_convert(vm, args, true); }
Value decode_fn(VM& vm, CallArgs args) { return registry_convert(vm, args, false); }

}  // namespace

Value codecs_lookup(VM& vm, std::string_view encoding) {
  Str* key = str_from_utf8(vm, normalize_codec_name(encoding));
  Dict* cache = registry_item<Dict>(vm, kCacheKey);
  Value cached = dict_get_str(vm, cache, key);
  if (!cached.is_null()) return cached;
  if (!ensure_encodings(vm)) return Value::null();
  List* search = registry_item<List>(vm, kSearchKey);
  if (search->length == 0) {
    return raise(vm, vm.types().lookup_error,
                 "no codec search functions registered: can't find encoding");
  }
  Value arg = Value::from_object(key);
  for (int64_t i = 0; i < search->length; ++i) {
    Value result = call_positional(vm, search->items[i], &arg, 1);
    if (result.is_null()) return result;
    if (result == vm.none()) continue;
    if (!is_tuple(vm, result) || result.as<Tuple>()->length != 4) {
      return raise_type_error(vm, "codec search functions must return 4-tuples");
    }
    dict_set_str(vm, registry_item<Dict>(vm, kCacheKey), key, result);
    return result;
  }
  return raise(vm, vm.types().lookup_error, "unknown encoding: " + std::string(encoding));
}

// Defined in runtime/codecs_functions.cpp: the codec functions and the
// built-in error handler callables.
void add_codec_functions(VM& vm, Module* module);
Value builtin_error_handler(VM& vm, std::string_view name);

Value codecs_lookup_error(VM& vm, std::string_view name) {
  Value builtin = builtin_error_handler(vm, name);
  if (!builtin.is_null()) return builtin;
  Value handler = dict_get_str(vm, registry_item<Dict>(vm, kErrorsKey), str_from_utf8(vm, name));
  if (!handler.is_null()) return handler;
  return raise(vm, vm.types().lookup_error,
               "unknown error handler name '" + std::string(name) + "'");
}

Value create_codecs_module(VM& vm) {
  Module* module = module_new(vm, vm.intern("_codecs"));
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  Dict* d = module->dict;
  dict_set_str(vm, d, vm.intern(kSearchKey), Value::from_object(list_new(vm)));
  dict_set_str(vm, d, vm.intern(kCacheKey), Value::from_object(dict_new(vm)));
  dict_set_str(vm, d, vm.intern(kErrorsKey), Value::from_object(dict_new(vm)));
  struct Spec {
    const char* name;
    NativeFn fn;
  } const kFunctions[] = {
      {"register", register_fn},
      {"unregister", unregister_fn},
      {"lookup", lookup_fn},
      {"_forget_codec", forget_codec_fn},
      {"register_error", register_error_fn},
      {"lookup_error", lookup_error_fn},
      {"encode", encode_fn},
      {"decode", decode_fn},
  };
  for (const Spec& f : kFunctions) {
    NativeFunction* fn = native_function_new(vm, f.name, f.fn, 0, -1, kNativeKeywords);
    dict_set_str(vm, d, fn->name, Value::from_object(fn));
  }
  add_codec_functions(vm, module);
  return Value::from_object(module);
}

}  // namespace pyvm::runtime
