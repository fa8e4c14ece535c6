// The `functools` module (see runtime/functools_module.h): reduce, partial,
// cmp_to_key, update_wrapper, wraps and total_ordering. The LRU cache lives in
// functools_lru_cache.cpp, cached_property and partialmethod in
// functools_descriptors.cpp, singledispatch in functools_singledispatch.cpp.
#include "runtime/functools_module.h"

#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/recursion_guard.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

void add_function(VM& vm, Dict* d, const char* name, NativeFn fn, int min_args, int max_args,
                  uint32_t flags = 0) {
  dict_set_str(vm, d, vm.intern(name),
               Value::from_object(native_function_new(vm, name, fn, min_args, max_args, flags)));
}

// ---- reduce

// reduce takes METH_VARARGS arguments in CPython, so its call counts one
// level of recursion.
Value reduce(VM& vm, CallArgs args) {
  vm::NativeRecursionGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::null();
  Value it = get_iter(vm, args.args[1]);
  if (it.is_null()) {
    if (exception_matches(vm, vm.types().type_error)) {
      vm.clear_exception();
      return raise_type_error(vm, "reduce() arg 2 must support iteration");
    }
    return it;
  }
  Value total = args.npos == 3 ? args.args[2] : Value::null();
  for (;;) {
    Value item = iter_next(vm, it);
    if (item.is_null()) break;
    if (total.is_null()) {
      total = item;
      continue;
    }
    Value pair[2] = {total, item};
    total = call_positional(vm, args.args[0], pair, 2);
    if (total.is_null()) return total;
  }
  if (vm.has_exception()) return Value::null();
  if (total.is_null())
    return raise_type_error(vm, "reduce() of empty iterable with no initial value");
  return total;
}

// ---- partial

struct Partial : Object {
  Value func;
  Tuple* args;
  Dict* keywords;
  Dict* dict;  // __dict__, created on demand
};

void partial_trace(Object* self, Tracer& tracer) {
  auto* p = static_cast<Partial*>(self);
  tracer.visit(p->func);
  tracer.visit(p->args);
  tracer.visit(p->keywords);
  tracer.visit(p->dict);
}

Value partial_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.npos == 0) return raise_type_error(vm, "type 'partial' takes at least one argument");
  Value func = args.args[0];
  if (!is_callable(vm, func)) return raise_type_error(vm, "the first argument must be callable");
  Tuple* inner_args = nullptr;
  Dict* keywords = dict_new(vm);
  if (type_of(vm, func)->call == cls->call && func.as<Partial>()->dict == nullptr) {
    auto* inner = func.as<Partial>();
    inner_args = inner->args;
    if (dict_merge_from(vm, keywords, Value::from_object(inner->keywords)) < 0)
      return Value::null();
    func = inner->func;
  }
  int64_t before = inner_args == nullptr ? 0 : inner_args->length;
  auto added = static_cast<int64_t>(args.npos) - 1;
  Tuple* all = tuple_new(vm, before + added);
  for (int64_t i = 0; i < before; ++i) tuple_init_item(vm, all, i, inner_args->at(i));
  for (int64_t i = 0; i < added; ++i) tuple_init_item(vm, all, before + i, args.args[1 + i]);
  int64_t nkw = args.kwnames == nullptr ? 0 : args.kwnames->length;
  for (int64_t i = 0; i < nkw; ++i) {
    if (dict_set(vm, keywords, args.kwnames->at(i), args.args[args.npos + i]) < 0) {
      return Value::null();
    }
  }
  auto* p = vm.allocate<Partial>(cls);
  vm.store(p, &p->func, func);
  vm.store_ref(p, &p->args, all);
  vm.store_ref(p, &p->keywords, keywords);
  return Value::from_object(p);
}

Value partial_call(VM& vm, Value self, CallArgs args) {
  auto* p = self.as<Partial>();
  int64_t nkw = args.kwnames == nullptr ? 0 : args.kwnames->length;
  Dict* keywords = p->keywords;
  if (nkw > 0) {
    keywords = dict_copy(vm, p->keywords);
    for (int64_t i = 0; i < nkw; ++i) {
      if (dict_set(vm, keywords, args.kwnames->at(i), args.args[args.npos + i]) < 0) {
        return Value::null();
      }
    }
  }
  int64_t npos = p->args->length + static_cast<int64_t>(args.npos);
  Tuple* values = tuple_new(vm, npos + keywords->used);
  Tuple* names = keywords->used == 0 ? nullptr : tuple_new(vm, keywords->used);
  for (int64_t i = 0; i < p->args->length; ++i) tuple_init_item(vm, values, i, p->args->at(i));
  for (size_t i = 0; i < args.npos; ++i) {
    tuple_init_item(vm, values, p->args->length + static_cast<int64_t>(i), args.args[i]);
  }
  int64_t pos = 0, k = 0;
  Value key, value;
  while (dict_next(keywords, &pos, &key, &value)) {
    tuple_init_item(vm, names, k, key);
    tuple_init_item(vm, values, npos + k, value);
    ++k;
  }
  return call(vm, p->func, CallArgs{values->items(), static_cast<size_t>(npos), names});
}

bool append_repr(VM& vm, std::string* out, Value v) {
  Value r = repr(vm, v);
  if (r.is_null()) return false;
  *out += str_to_utf8(r.as<Str>());
  return true;
}

Value partial_repr(VM& vm, Value self) {
  auto* p = self.as<Partial>();
  std::string out = qualified_type_name(vm, type_of(vm, self)) + "(";
  if (!append_repr(vm, &out, p->func)) return Value::null();
  for (int64_t i = 0; i < p->args->length; ++i) {
    out += ", ";
    if (!append_repr(vm, &out, p->args->at(i))) return Value::null();
  }
  int64_t pos = 0;
  Value key, value;
  while (dict_next(p->keywords, &pos, &key, &value)) {
    out += ", " + str_to_utf8(key.as<Str>()) + "=";
    if (!append_repr(vm, &out, value)) return Value::null();
  }
  return Value::from_object(str_from_utf8(vm, out + ")"));
}

Value partial_getattr(VM& vm, Value self, Str* name) {
  auto* p = self.as<Partial>();
  if (str_equals_ascii(name, "func")) return p->func;
  if (str_equals_ascii(name, "args")) return Value::from_object(p->args);
  if (str_equals_ascii(name, "keywords")) return Value::from_object(p->keywords);
  if (str_equals_ascii(name, "__dict__")) {
    if (p->dict == nullptr) vm.store_ref(p, &p->dict, dict_new(vm));
    return Value::from_object(p->dict);
  }
  if (p->dict != nullptr) {
    Value found = dict_get_str(vm, p->dict, name);
    if (!found.is_null()) return found;
  }
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise(vm, vm.types().attribute_error,
               "'" + qualified_type_name(vm, type) + "' object has no attribute '" +
                   str_to_utf8(name) + "'");
}

int partial_setattr(VM& vm, Value self, Str* name, Value value) {
  auto* p = self.as<Partial>();
  if (str_equals_ascii(name, "func") || str_equals_ascii(name, "args") ||
      str_equals_ascii(name, "keywords")) {
    raise(vm, vm.types().attribute_error, "readonly attribute");
    return -1;
  }
  if (p->dict == nullptr) vm.store_ref(p, &p->dict, dict_new(vm));
  if (!value.is_null()) return dict_set(vm, p->dict, Value::from_object(name), value);
  int removed = dict_del(vm, p->dict, Value::from_object(name));
  if (removed != 0) return removed < 0 ? -1 : 0;
  raise_attribute_error(vm, self, name);
  return -1;
}

void add_partial(VM& vm, Dict* d) {
  Type* t = module_type_new(vm, "functools", "partial", sizeof(Partial), partial_trace);
  t->construct = partial_construct;
  t->call = partial_call;
  t->repr = partial_repr;
  t->getattr = partial_getattr;
  t->setattr = partial_setattr;
  dict_set_str(vm, d, t->name, Value::from_object(t));
}

// _unwrap_partial(func): the innermost callable of nested partial objects
// (inspect uses it).
Value unwrap_partial(VM& vm, CallArgs args) {
  Value f = args.args[0];
  while (f.is_object() && f.object()->type->trace == partial_trace) f = f.as<Partial>()->func;
  (void)vm;
  return f;
}

// ---- cmp_to_key: a KeyWrapper holds the comparison function and, once
// applied to an object, that object.

struct KeyWrapper : Object {
  Value cmp;
  Value object;  // null in the factory cmp_to_key returns
};

void key_wrapper_trace(Object* self, Tracer& tracer) {
  auto* k = static_cast<KeyWrapper*>(self);
  tracer.visit(k->cmp);
  tracer.visit(k->object);
}

Value key_wrapper_new(VM& vm, Type* type, Value cmp, Value object) {
  auto* k = vm.allocate<KeyWrapper>(type);
  vm.store(k, &k->cmp, cmp);
  vm.store(k, &k->object, object);
  return Value::from_object(k);
}

Value key_wrapper_call(VM& vm, Value self, CallArgs args) {
  Value a[1];
  if (!bind_args(vm, args, {"K", {"obj"}, 1}, a)) return Value::null();
  return key_wrapper_new(vm, type_of(vm, self), self.as<KeyWrapper>()->cmp, a[0]);
}

Value key_wrapper_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (type_of(vm, b) != type_of(vm, a))
    return raise_type_error(vm, "other argument must be K instance");
  Value pair[2] = {a.as<KeyWrapper>()->object, b.as<KeyWrapper>()->object};
  Value r = call_positional(vm, a.as<KeyWrapper>()->cmp, pair, 2);
  if (r.is_null()) return r;
  return rich_compare(vm, r, Value::from_small_int(0), op);
}

Value key_wrapper_getattr(VM& vm, Value self, Str* name) {
  auto* k = self.as<KeyWrapper>();
  if (str_equals_ascii(name, "obj") && !k->object.is_null()) return k->object;
  Value found = type_lookup(vm, type_of(vm, self), name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type_of(vm, self));
  return raise_attribute_error(vm, self, name);
}

int64_t key_wrapper_hash(VM& vm, Value self) {
  raise_type_error(vm, "unhashable type: 'functools.KeyWrapper'");
  return -1;
}

Value cmp_to_key(VM& vm, CallArgs args) {
  Value a[1];
  if (!bind_args(vm, args, {"cmp_to_key", {"mycmp"}, 1}, a)) return Value::null();
  Value type = module_attribute(vm, "functools", "KeyWrapper");
  if (type.is_null()) return raise_type_error(vm, "functools.KeyWrapper is missing");
  return key_wrapper_new(vm, type.as<Type>(), a[0], Value::null());
}

void add_cmp_to_key(VM& vm, Dict* d) {
  Type* t = module_type_new(vm, "functools", "KeyWrapper", sizeof(KeyWrapper), key_wrapper_trace);
  t->call = key_wrapper_call;
  t->richcompare = key_wrapper_compare;
  t->hash = key_wrapper_hash;
  t->getattr = key_wrapper_getattr;
  dict_set_str(vm, d, t->name, Value::from_object(t));
  add_function(vm, d, "cmp_to_key", cmp_to_key, 0, -1, kNativeKeywords);
}

}  // namespace

// Defined in functools_wrappers.cpp.
void add_functools_wrappers(VM& vm, Dict* module_dict);
// Defined in functools_descriptors.cpp (cached_property, partialmethod).
void add_functools_descriptors(VM& vm, Dict* module_dict);
// Defined in functools_singledispatch.cpp.
void add_functools_singledispatch(VM& vm, Dict* module_dict);

void create_functools_module(VM& vm) {
  Module* m = module_new(vm, vm.intern("functools"));
  dict_set_str(vm, vm.modules(), m->name, Value::from_object(m));
  Dict* d = m->dict;
  add_function(vm, d, "reduce", reduce, 2, 3);
  add_partial(vm, d);
  add_function(vm, d, "_unwrap_partial", unwrap_partial, 1, 1);
  add_cmp_to_key(vm, d);
  add_functools_wrappers(vm, d);
  add_functools_lru_cache(vm, d);
  add_functools_descriptors(vm, d);
  add_functools_singledispatch(vm, d);
}

}  // namespace pyvm::runtime
