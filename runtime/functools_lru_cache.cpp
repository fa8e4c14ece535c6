// functools.lru_cache and functools.cache: the _lru_cache_wrapper type, which
// memoises calls in a dict keyed like CPython's _make_key (a lone int or str
// argument is its own key unless typed; otherwise a tuple of the arguments, a
// marker and the keyword items, plus the argument types when typed). The
// dict's insertion order is the recency order: a hit moves its entry to the
// end, and a full bounded cache evicts the first entry.
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/functools_module.h"
#include "runtime/int.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/struct_seq.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct LruCache : Object {
  Value func;
  Dict* cache;
  Dict* dict;     // __dict__ (__wrapped__, __name__, ...), created on demand
  Value maxsize;  // None or an int, as cache_info reports it
  int64_t limit;  // -1: unbounded
  int64_t typed;
  int64_t hits;
  int64_t misses;
};

void lru_trace(Object* self, Tracer& tracer) {
  auto* c = static_cast<LruCache*>(self);
  tracer.visit(c->func);
  tracer.visit(c->cache);
  tracer.visit(c->dict);
  tracer.visit(c->maxsize);
}

// The cache key of a call (see the file comment). `marker` separates the
// positional arguments from the keyword items.
Value make_key(VM& vm, CallArgs args, bool typed, Value marker) {
  int64_t nkw = args.kwnames == nullptr ? 0 : args.kwnames->length;
  auto npos = static_cast<int64_t>(args.npos);
  if (!typed && nkw == 0 && npos == 1) {
    Type* t = type_of(vm, args.args[0]);
    if (t == vm.types().int_ || t == vm.types().str) return args.args[0];
  }
  int64_t size = npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (typed ? npos + nkw : 0);
  Tuple* key = tuple_new(vm, size);
  int64_t k = 0;
  for (int64_t i = 0; i < npos; ++i) tuple_init_item(vm, key, k++, args.args[i]);
  if (nkw > 0) tuple_init_item(vm, key, k++, marker);
  for (int64_t i = 0; i < nkw; ++i) {
    tuple_init_item(vm, key, k++, args.kwnames->at(i));
    tuple_init_item(vm, key, k++, args.args[npos + i]);
  }
  for (int64_t i = 0; typed && i < npos + nkw; ++i) {
    tuple_init_item(vm, key, k++, Value::from_object(type_of(vm, args.args[i])));
  }
  return Value::from_object(key);
}

// Drops the oldest entry of `cache`.
bool evict_oldest(VM& vm, Dict* cache) {
  int64_t pos = 0;
  Value key, value;
  if (!dict_next(cache, &pos, &key, &value)) return true;
  return dict_del(vm, cache, key) >= 0;
}

Value lru_call(VM& vm, Value self, CallArgs args) {
  auto* c = self.as<LruCache>();
  if (c->limit == 0) {
    ++c->misses;
    return call(vm, c->func, args);
  }
  Value key = make_key(vm, args, c->typed != 0, Value::from_object(type_of(vm, self)));
  Value found = dict_get(vm, c->cache, key);
  if (!found.is_null()) {
    ++c->hits;
    if (c->limit > 0 &&
        (dict_del(vm, c->cache, key) < 0 || dict_set(vm, c->cache, key, found) < 0)) {
      return Value::null();
    }
    return found;
  }
  if (vm.has_exception()) return Value::null();
  ++c->misses;
  Value result = call(vm, c->func, args);
  if (result.is_null()) return result;
  if (c->limit > 0) {
    Value present = dict_get(vm, c->cache, key);
    if (present.is_null() && vm.has_exception()) return Value::null();
    if (present.is_null() && c->cache->used >= c->limit && !evict_oldest(vm, c->cache)) {
      return Value::null();
    }
  }
  if (dict_set(vm, c->cache, key, result) < 0) return Value::null();
  return result;
}

Value lru_getattr(VM& vm, Value self, Str* name) {
  auto* c = self.as<LruCache>();
  if (str_equals_ascii(name, "__dict__")) {
    if (c->dict == nullptr) vm.store_ref(c, &c->dict, dict_new(vm));
    return Value::from_object(c->dict);
  }
  if (c->dict != nullptr) {
    Value mine = dict_get_str(vm, c->dict, name);
    if (!mine.is_null()) return mine;
  }
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

int lru_setattr(VM& vm, Value self, Str* name, Value value) {
  auto* c = self.as<LruCache>();
  if (c->dict == nullptr) vm.store_ref(c, &c->dict, dict_new(vm));
  if (!value.is_null()) return dict_set(vm, c->dict, Value::from_object(name), value);
  int removed = dict_del(vm, c->dict, Value::from_object(name));
  if (removed != 0) return removed < 0 ? -1 : 0;
  raise_attribute_error(vm, self, name);
  return -1;
}

Value cache_info(VM& vm, CallArgs args) {
  auto* c = args.args[0].as<LruCache>();
  Value type = module_attribute(vm, "functools", "_CacheInfo");
  if (type.is_null()) return raise_type_error(vm, "functools._CacheInfo is missing");
  Value items[4] = {int_from_int64(vm, c->hits), int_from_int64(vm, c->misses), c->maxsize,
                    int_from_int64(vm, c->cache->used)};
  return struct_seq_new(vm, type.as<Type>(), items, 4);
}

Value cache_clear(VM& vm, CallArgs args) {
  auto* c = args.args[0].as<LruCache>();
  vm.store_ref(c, &c->cache, dict_new(vm));
  c->hits = 0;
  c->misses = 0;
  return vm.none();
}

Value cache_parameters(VM& vm, CallArgs args) {
  auto* c = args.args[0].as<LruCache>();
  Dict* d = dict_new(vm);
  dict_set_str(vm, d, vm.intern("maxsize"), c->maxsize);
  dict_set_str(vm, d, vm.intern("typed"), vm.bool_value(c->typed != 0));
  return Value::from_object(d);
}

// __get__: a cached function stored in a class binds like a function.
Value lru_get(VM& vm, CallArgs args) {
  if (args.npos < 2 || args.args[1] == vm.none()) return args.args[0];
  return Value::from_object(method_new(vm, args.args[0], args.args[1]));
}

// CPython's CacheInfo is a namedtuple: its repr has no module prefix.
Value cache_info_repr(VM& vm, Value self) {
  static constexpr const char* kFields[] = {"hits", "misses", "maxsize", "currsize"};
  auto* t = self.as<Tuple>();
  std::string out = "CacheInfo(";
  for (int64_t i = 0; i < 4 && i < t->length; ++i) {
    Value r = repr(vm, t->at(i));
    if (r.is_null()) return r;
    out += std::string(i > 0 ? ", " : "") + kFields[i] + "=" + str_to_utf8(r.as<Str>());
  }
  return Value::from_object(str_from_utf8(vm, out + ")"));
}

// Wraps `func` in a new cache (limit -1: unbounded) and copies its metadata.
Value make_wrapper(VM& vm, Value func, Value maxsize, int64_t limit, bool typed) {
  if (!is_callable(vm, func)) return raise_type_error(vm, "the first argument must be callable");
  Value type = module_attribute(vm, "functools", "_lru_cache_wrapper");
  Value updater = module_attribute(vm, "functools", "update_wrapper");
  if (type.is_null() || updater.is_null()) {
    return raise_type_error(vm, "functools._lru_cache_wrapper is missing");
  }
  auto* c = vm.allocate<LruCache>(type.as<Type>());
  vm.store(c, &c->func, func);
  vm.store_ref(c, &c->cache, dict_new(vm));
  vm.store(c, &c->maxsize, maxsize);
  c->limit = limit;
  c->typed = typed ? 1 : 0;
  Value pair[2] = {Value::from_object(c), func};
  return call_positional(vm, updater, pair, 2);
}

// The decorator lru_cache(maxsize, typed) returns: bound to (maxsize, typed).
Value decorating_function(VM& vm, CallArgs args) {
  auto* params = args.args[0].as<Tuple>();
  Value maxsize = params->at(0);
  int64_t limit = -1;
  if (maxsize != vm.none() && !int_to_int64(vm, maxsize, &limit)) return Value::null();
  return make_wrapper(vm, args.args[1], maxsize, limit, params->at(1) == vm.true_value());
}

Value lru_cache(VM& vm, CallArgs args) {
  Value a[2];
  if (!bind_args(vm, args, {"lru_cache", {"maxsize", "typed"}}, a)) return Value::null();
  Value maxsize = a[0].is_null() ? Value::from_small_int(128) : a[0];
  int typed = 0;
  if (!a[1].is_null()) {
    typed = truth(vm, a[1]);
    if (typed < 0) return Value::null();
  }
  if (is_int(vm, maxsize)) {
    int64_t n;
    if (!int_to_int64(vm, maxsize, &n)) return Value::null();
    if (n < 0) maxsize = Value::from_small_int(0);
  } else if (is_callable(vm, maxsize) &&
             (a[1].is_null() || type_of(vm, a[1]) == vm.types().bool_)) {
    return make_wrapper(vm, maxsize, Value::from_small_int(128), 128, typed == 1);
  } else if (maxsize != vm.none()) {
    return raise_type_error(vm, "Expected first argument to be an integer, a callable, or None");
  }
  Value params[2] = {maxsize, vm.bool_value(typed == 1)};
  NativeFunction* f = native_function_new(vm, "decorating_function", decorating_function, 1, 1);
  vm.store(f, &f->self, Value::from_object(tuple_from(vm, params, 2)));
  return Value::from_object(f);
}

Value cache(VM& vm, CallArgs args) {
  Value a[1];
  if (!bind_args(vm, args, {"cache", {"user_function"}, 1, -1, 0, true}, a)) return Value::null();
  return make_wrapper(vm, a[0], vm.none(), -1, false);
}

}  // namespace

void add_functools_lru_cache(VM& vm, Dict* d) {
  Type* t = module_type_new(vm, "functools", "_lru_cache_wrapper", sizeof(LruCache), lru_trace);
  t->flags |= kTypeNativeDescriptor;
  t->call = lru_call;
  t->getattr = lru_getattr;
  t->setattr = lru_setattr;
  add_method(vm, t, "cache_info", cache_info, 0, 0, kNativeMethod);
  add_method(vm, t, "cache_clear", cache_clear, 0, 0, kNativeMethod);
  add_method(vm, t, "cache_parameters", cache_parameters, 0, 0, kNativeMethod);
  add_method(vm, t, "__get__", lru_get, 1, 2, kNativeMethod);
  dict_set_str(vm, d, t->name, Value::from_object(t));
  Type* info =
      struct_seq_type_new(vm, "functools", "CacheInfo", {"hits", "misses", "maxsize", "currsize"});
  info->repr = cache_info_repr;
  dict_set_str(vm, d, vm.intern("_CacheInfo"), Value::from_object(info));
  dict_set_str(
      vm, d, vm.intern("lru_cache"),
      Value::from_object(native_function_new(vm, "lru_cache", lru_cache, 0, -1, kNativeKeywords)));
  dict_set_str(vm, d, vm.intern("cache"),
               Value::from_object(native_function_new(vm, "cache", cache, 0, -1, kNativeKeywords)));
}

}  // namespace pyvm::runtime
