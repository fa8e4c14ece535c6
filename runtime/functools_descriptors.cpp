// functools.cached_property and functools.partialmethod: descriptors that
// native types implement through a `__get__` method (kTypeNativeDescriptor).
#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

void add_functools_descriptors(VM& vm, Dict* module_dict);

namespace {

// ---- cached_property

struct CachedProperty : Object {
  Value func;
  Value attrname;  // None until __set_name__
  Dict* dict;      // instance attributes (__module__, ...), or nullptr
};

void cached_property_trace(Object* self, Tracer& tracer) {
  auto* c = static_cast<CachedProperty*>(self);
  tracer.visit(c->func);
  tracer.visit(c->attrname);
  tracer.visit(c->dict);
}

Value cached_property_construct(VM& vm, Type* cls, CallArgs args) {
  Value a[1];
  if (!bind_args(vm, args, {"cached_property", {"func"}, 1}, a)) return Value::null();
  auto* c = vm.allocate<CachedProperty>(cls);
  vm.store(c, &c->func, a[0]);
  vm.store(c, &c->attrname, vm.none());
  return Value::from_object(c);
}

Value cached_property_set_name(VM& vm, CallArgs args) {
  auto* c = args.args[0].as<CachedProperty>();
  Value name = args.args[2];
  if (c->attrname == vm.none()) {
    vm.store(c, &c->attrname, name);
    return vm.none();
  }
  int same = rich_compare_bool(vm, name, c->attrname, CompareOp::kEq);
  if (same < 0) return Value::null();
  if (same) return vm.none();
  Value old = repr(vm, c->attrname);
  Value now = old.is_null() ? old : repr(vm, name);
  if (now.is_null()) return now;
  return raise_type_error(vm, "Cannot assign the same cached_property to two different names (" +
                                  str_to_utf8(old.as<Str>()) + " and " +
                                  str_to_utf8(now.as<Str>()) + ").");
}

Value cached_property_get(VM& vm, CallArgs args) {
  auto* c = args.args[0].as<CachedProperty>();
  Value instance = args.npos > 1 ? args.args[1] : vm.none();
  if (instance == vm.none()) return args.args[0];
  if (c->attrname == vm.none()) {
    return raise_type_error(vm,
                            "Cannot use cached_property instance without calling __set_name__ on "
                            "it.");
  }
  Value name = str(vm, c->attrname);
  if (name.is_null()) return name;
  std::string attr = str_to_utf8(name.as<Str>());
  Value cache = get_attr(vm, instance, vm.intern("__dict__"));
  if (cache.is_null()) {
    if (!exception_matches(vm, vm.types().attribute_error)) return cache;
    vm.clear_exception();
    return raise_type_error(vm, "No '__dict__' attribute on '" + type_name(vm, instance) +
                                    "' instance to cache '" + attr + "' property.");
  }
  Value cached = get_item(vm, cache, c->attrname);
  if (!cached.is_null()) return cached;
  if (!exception_matches(vm, vm.types().key_error)) return cached;
  vm.clear_exception();
  Value value = call_positional(vm, c->func, &instance, 1);
  if (value.is_null()) return value;
  if (set_item(vm, cache, c->attrname, value) < 0) {
    if (!exception_matches(vm, vm.types().type_error)) return Value::null();
    vm.clear_exception();
    return raise_type_error(vm, "The '__dict__' attribute on '" + type_name(vm, instance) +
                                    "' instance does not support item assignment for caching '" +
                                    attr + "' property.");
  }
  return value;
}

Value cached_property_getattr(VM& vm, Value self, Str* name) {
  auto* c = self.as<CachedProperty>();
  if (str_equals_ascii(name, "func")) return c->func;
  if (str_equals_ascii(name, "attrname")) return c->attrname;
  if (c->dict != nullptr) {
    Value mine = dict_get_str(vm, c->dict, name);
    if (!mine.is_null()) return mine;
  }
  if (str_equals_ascii(name, "__doc__")) {
    Value doc = get_attr(vm, c->func, name);
    if (!doc.is_null()) return doc;
    vm.clear_exception();
    return vm.none();
  }
  if (str_equals_ascii(name, "__dict__")) {
    if (c->dict == nullptr) vm.store_ref(c, &c->dict, dict_new(vm));
    return Value::from_object(c->dict);
  }
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

int cached_property_setattr(VM& vm, Value self, Str* name, Value value) {
  auto* c = self.as<CachedProperty>();
  if (str_equals_ascii(name, "func") || str_equals_ascii(name, "attrname")) {
    vm.store(c, str_equals_ascii(name, "func") ? &c->func : &c->attrname,
             value.is_null() ? vm.none() : value);
    return 0;
  }
  if (c->dict == nullptr) vm.store_ref(c, &c->dict, dict_new(vm));
  if (!value.is_null()) return dict_set(vm, c->dict, Value::from_object(name), value);
  int removed = dict_del(vm, c->dict, Value::from_object(name));
  if (removed != 0) return removed < 0 ? -1 : 0;
  raise_attribute_error(vm, self, name);
  return -1;
}

void add_cached_property(VM& vm, Dict* d) {
  Type* t = module_type_new(vm, "functools", "cached_property", sizeof(CachedProperty),
                            cached_property_trace);
  t->flags |= kTypeNativeDescriptor;
  t->construct = cached_property_construct;
  t->getattr = cached_property_getattr;
  t->setattr = cached_property_setattr;
  add_method(vm, t, "__set_name__", cached_property_set_name, 2, 2, kNativeMethod);
  add_method(vm, t, "__get__", cached_property_get, 1, 2, kNativeMethod);
  dict_set_str(vm, d, t->name, Value::from_object(t));
}

// ---- partialmethod

struct PartialMethod : Object {
  Value func;
  Tuple* args;
  Dict* keywords;
};

void partial_method_trace(Object* self, Tracer& tracer) {
  auto* p = static_cast<PartialMethod*>(self);
  tracer.visit(p->func);
  tracer.visit(p->args);
  tracer.visit(p->keywords);
}

bool has_get(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  if (t == vm.types().staticmethod || t == vm.types().classmethod) return true;
  Value get = get_attr(vm, v, vm.intern("__get__"));
  if (!get.is_null()) return true;
  vm.clear_exception();
  return false;
}

// Keyword arguments of `args` as a new dict (merged over `base` if given).
Dict* keywords_of(VM& vm, CallArgs args, Dict* base) {
  Dict* d = base != nullptr ? dict_copy(vm, base) : dict_new(vm);
  int64_t n = args.kwnames != nullptr ? args.kwnames->length : 0;
  for (int64_t i = 0; i < n; ++i) {
    (void)dict_set(vm, d, args.kwnames->at(i), args.args[args.npos + i]);
  }
  return d;
}

Value partial_method_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.npos < 1) {
    return raise_type_error(vm,
                            "descriptor '__init__' of 'partialmethod' object needs an argument");
  }
  Value func = args.args[0];
  if (!is_callable(vm, func) && !has_get(vm, func)) {
    Value r = repr(vm, func);
    if (r.is_null()) return r;
    return raise_type_error(vm, str_to_utf8(r.as<Str>()) + " is not callable or a descriptor");
  }
  auto* p = vm.allocate<PartialMethod>(cls);
  vm.store(p, &p->func, func);
  vm.store_ref(p, &p->args, tuple_from(vm, args.args + 1, args.npos - 1));
  vm.store_ref(p, &p->keywords, keywords_of(vm, args, nullptr));
  return Value::from_object(p);
}

// Calls func(*prefix, *p.args, *rest, **{**p.keywords, **keywords}).
Value call_merged(VM& vm, Value func, const Value* prefix, size_t nprefix, PartialMethod* p,
                  CallArgs rest) {
  std::vector<Value> values(prefix, prefix + nprefix);
  for (int64_t i = 0; i < p->args->length; ++i) values.push_back(p->args->at(i));
  values.insert(values.end(), rest.args, rest.args + rest.npos);
  size_t npos = values.size();
  Dict* keywords = keywords_of(vm, rest, p->keywords);
  std::vector<Value> names;
  int64_t pos = 0;
  Value key, value;
  while (dict_next(keywords, &pos, &key, &value)) {
    names.push_back(key);
    values.push_back(value);
  }
  Tuple* kwnames = names.empty() ? nullptr : tuple_from(vm, names.data(), names.size());
  return call(vm, func, CallArgs{values.data(), npos, kwnames});
}

// Calling the descriptor itself is the unbound form: the first argument is
// the instance (or class).
Value partial_method_call(VM& vm, Value self, CallArgs args) {
  if (args.npos < 1) {
    return raise_type_error(vm, "_method() missing 1 required positional argument: 'cls_or_self'");
  }
  auto* p = self.as<PartialMethod>();
  CallArgs rest{args.args + 1, args.npos - 1, args.kwnames};
  return call_merged(vm, p->func, args.args, 1, p, rest);
}

Value partial_method_get(VM& vm, CallArgs args) {
  Value self = args.args[0];
  auto* p = self.as<PartialMethod>();
  Value obj = args.npos > 1 ? args.args[1] : vm.none();
  if (obj == vm.none()) return self;
  Value bound = bind_attribute(vm, p->func, obj, type_of(vm, obj));
  if (bound.is_null()) return bound;
  if (bound == p->func) return Value::from_object(method_new(vm, self, obj));
  Value partial = module_attribute(vm, "functools", "partial");
  if (partial.is_null()) return raise_type_error(vm, "functools.partial is missing");
  std::vector<Value> values{bound};
  for (int64_t i = 0; i < p->args->length; ++i) values.push_back(p->args->at(i));
  size_t npos = values.size();
  std::vector<Value> names;
  int64_t pos = 0;
  Value key, value;
  while (dict_next(p->keywords, &pos, &key, &value)) {
    names.push_back(key);
    values.push_back(value);
  }
  Tuple* kwnames = names.empty() ? nullptr : tuple_from(vm, names.data(), names.size());
  return call(vm, partial, CallArgs{values.data(), npos, kwnames});
}

Value partial_method_repr(VM& vm, Value self) {
  auto* p = self.as<PartialMethod>();
  Value r = repr(vm, p->func);
  if (r.is_null()) return r;
  std::string out = "functools.partialmethod(" + str_to_utf8(r.as<Str>());
  for (int64_t i = 0; i < p->args->length; ++i) {
    Value item = repr(vm, p->args->at(i));
    if (item.is_null()) return item;
    out += ", " + str_to_utf8(item.as<Str>());
  }
  int64_t pos = 0;
  Value key, value;
  while (dict_next(p->keywords, &pos, &key, &value)) {
    Value item = repr(vm, value);
    if (item.is_null()) return item;
    out += ", " + str_to_utf8(key.as<Str>()) + "=" + str_to_utf8(item.as<Str>());
  }
  return Value::from_object(str_from_utf8(vm, out + ")"));
}

Value partial_method_getattr(VM& vm, Value self, Str* name) {
  auto* p = self.as<PartialMethod>();
  if (str_equals_ascii(name, "func")) return p->func;
  if (str_equals_ascii(name, "args")) return Value::from_object(p->args);
  if (str_equals_ascii(name, "keywords")) return Value::from_object(p->keywords);
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

void add_partial_method(VM& vm, Dict* d) {
  Type* t = module_type_new(vm, "functools", "partialmethod", sizeof(PartialMethod),
                            partial_method_trace);
  t->flags |= kTypeNativeDescriptor;
  t->construct = partial_method_construct;
  t->call = partial_method_call;
  t->repr = partial_method_repr;
  t->getattr = partial_method_getattr;
  add_method(vm, t, "__get__", partial_method_get, 1, 2, kNativeMethod);
  dict_set_str(vm, d, t->name, Value::from_object(t));
}

}  // namespace

void add_functools_descriptors(VM& vm, Dict* module_dict) {
  add_cached_property(vm, module_dict);
  add_partial_method(vm, module_dict);
}

}  // namespace pyvm::runtime
