// collections.ChainMap: several mappings searched in order as one view
// (see runtime/collections_module.h). A class built with type.__new__ whose
// instances keep the list of mappings in their `maps` attribute, as in
// CPython; writes go to maps[0]. keys(), values() and items() are views of
// a merged dict (CPython's KeysView/ValuesView/ItemsView of the ChainMap
// print differently).
#include <string>

#include "runtime/collections_module.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/generic_alias.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// self.maps as a list; nullptr with an exception pending.
List* maps_of(VM& vm, Value self) {
  Value maps = get_attr(vm, self, vm.intern("maps"));
  if (maps.is_null()) return nullptr;
  if (!is_list(vm, maps)) {
    raise_type_error(vm, "ChainMap.maps must be a list");
    return nullptr;
  }
  return maps.as<List>();
}

Value call_method(VM& vm, Value object, const char* name, const Value* args, size_t n) {
  Value method = get_attr(vm, object, vm.intern(name));
  if (method.is_null()) return method;
  return call_positional(vm, method, args, n);
}

// type(self)(*maps)
Value make_like(VM& vm, Value self, const Value* maps, size_t n) {
  return call_positional(vm, Value::from_object(type_of(vm, self)), maps, n);
}

Value chain_init(VM& vm, CallArgs args) {
  List* maps = list_new(vm);
  for (size_t i = 1; i < args.npos; ++i) list_append(vm, maps, args.args[i]);
  if (maps->length == 0) list_append(vm, maps, Value::from_object(dict_new(vm)));
  if (set_attr(vm, args.args[0], vm.intern("maps"), Value::from_object(maps)) < 0) {
    return Value::null();
  }
  return vm.none();
}

Value chain_missing(VM& vm, CallArgs args) { return raise_key_error(vm, args.args[1]); }

Value chain_getitem(VM& vm, CallArgs args) {
  Value self = args.args[0], key = args.args[1];
  List* maps = maps_of(vm, self);
  if (maps == nullptr) return Value::null();
  for (int64_t i = 0; i < maps->length; ++i) {
    Value v = get_item(vm, maps->items[i], key);
    if (!v.is_null()) return v;
    if (!exception_matches(vm, vm.types().key_error)) return v;
    vm.clear_exception();
  }
  return call_method(vm, self, "__missing__", &key, 1);
}

// 1 when some map holds `key`, 0 if none, -1 on error.
int chain_has(VM& vm, Value self, Value key) {
  List* maps = maps_of(vm, self);
  if (maps == nullptr) return -1;
  for (int64_t i = 0; i < maps->length; ++i) {
    int r = contains(vm, maps->items[i], key);
    if (r != 0) return r;
  }
  return 0;
}

Value chain_contains(VM& vm, CallArgs args) {
  int r = chain_has(vm, args.args[0], args.args[1]);
  return r < 0 ? Value::null() : vm.bool_value(r == 1);
}

Value chain_get(VM& vm, CallArgs args) {
  int r = chain_has(vm, args.args[0], args.args[1]);
  if (r < 0) return Value::null();
  if (r == 0) return args.npos > 2 ? args.args[2] : vm.none();
  return get_item(vm, args.args[0], args.args[1]);
}

// The keys of every map, first seen in the last map first (CPython's order).
Dict* merged_keys(VM& vm, Value self) {
  List* maps = maps_of(vm, self);
  if (maps == nullptr) return nullptr;
  Dict* merged = dict_new(vm);
  for (int64_t i = maps->length - 1; i >= 0; --i) {
    int r = for_each_item(vm, maps->items[i],
                          [&](Value key) { return dict_set(vm, merged, key, vm.none()); });
    if (r < 0) return nullptr;
  }
  return merged;
}

Value chain_len(VM& vm, CallArgs args) {
  Dict* keys = merged_keys(vm, args.args[0]);
  return keys == nullptr ? Value::null() : Value::from_small_int(keys->used);
}

Value chain_iter(VM& vm, CallArgs args) {
  Dict* keys = merged_keys(vm, args.args[0]);
  return keys == nullptr ? Value::null() : get_iter(vm, Value::from_object(keys));
}

Value chain_bool(VM& vm, CallArgs args) {
  List* maps = maps_of(vm, args.args[0]);
  if (maps == nullptr) return Value::null();
  for (int64_t i = 0; i < maps->length; ++i) {
    int t = truth(vm, maps->items[i]);
    if (t != 0) return t < 0 ? Value::null() : vm.true_value();
  }
  return vm.false_value();
}

Value chain_repr(VM& vm, CallArgs args) {
  Value self = args.args[0];
  ReprGuard guard(vm, self.object());
  if (guard.recursive()) return Value::from_object(str_from_ascii(vm, "..."));
  List* maps = maps_of(vm, self);
  if (maps == nullptr) return Value::null();
  std::string out = type_name(vm, self) + "(";
  for (int64_t i = 0; i < maps->length; ++i) {
    if (i > 0) out += ", ";
    if (!append_repr(vm, maps->items[i], &out)) return Value::null();
  }
  return Value::from_object(str_from_utf8(vm, out + ")"));
}

// A dict of the ChainMap's current items (for views and equality).
Value as_dict(VM& vm, Value self) {
  Dict* keys = merged_keys(vm, self);
  if (keys == nullptr) return Value::null();
  gc::RootedValues order(vm.heap());
  int64_t pos = 0;
  Value key, value;
  while (dict_next(keys, &pos, &key, &value)) order.push_back(key);
  for (Value k : static_cast<std::vector<Value>&>(order)) {
    Value v = get_item(vm, self, k);
    if (v.is_null() || dict_set(vm, keys, k, v) < 0) return Value::null();
  }
  return Value::from_object(keys);
}

Value view(VM& vm, CallArgs args, const char* which) {
  Value d = as_dict(vm, args.args[0]);
  return d.is_null() ? d : call_method(vm, d, which, nullptr, 0);
}

Value chain_keys(VM& vm, CallArgs args) { return view(vm, args, "keys"); }
Value chain_values(VM& vm, CallArgs args) { return view(vm, args, "values"); }
Value chain_items(VM& vm, CallArgs args) { return view(vm, args, "items"); }

Value chain_eq(VM& vm, CallArgs args) {
  Value other = args.args[1];
  bool mapping = is_dict(vm, other) || is_instance_of(vm, other, type_of(vm, args.args[0]));
  if (!mapping) return vm.not_implemented();
  Value mine = as_dict(vm, args.args[0]);
  if (mine.is_null()) return mine;
  Value theirs = is_dict(vm, other) ? other : as_dict(vm, other);
  if (theirs.is_null()) return theirs;
  return rich_compare(vm, mine, theirs, CompareOp::kEq);
}

Value first_map(VM& vm, Value self) {
  List* maps = maps_of(vm, self);
  if (maps == nullptr) return Value::null();
  if (maps->length == 0) return raise_index_error(vm, "list index out of range");
  return maps->items[0];
}

Value chain_setitem(VM& vm, CallArgs args) {
  Value first = first_map(vm, args.args[0]);
  if (first.is_null() || set_item(vm, first, args.args[1], args.args[2]) < 0) {
    return Value::null();
  }
  return vm.none();
}

Value not_in_first(VM& vm, Value key) {
  Value r = repr(vm, key);
  if (r.is_null()) return r;
  vm.clear_exception();
  return raise_key_error(
      vm, Value::from_object(str_from_utf8(
              vm, "Key not found in the first mapping: " + str_to_utf8(r.as<Str>()))));
}

Value chain_delitem(VM& vm, CallArgs args) {
  Value first = first_map(vm, args.args[0]);
  if (first.is_null()) return first;
  if (del_item(vm, first, args.args[1]) < 0) {
    if (!exception_matches(vm, vm.types().key_error)) return Value::null();
    vm.clear_exception();
    return not_in_first(vm, args.args[1]);
  }
  return vm.none();
}

Value chain_pop(VM& vm, CallArgs args) {
  Value first = first_map(vm, args.args[0]);
  if (first.is_null()) return first;
  Value r = call_method(vm, first, "pop", args.args + 1, args.npos - 1);
  if (r.is_null() && exception_matches(vm, vm.types().key_error)) {
    vm.clear_exception();
    return not_in_first(vm, args.args[1]);
  }
  return r;
}

Value chain_popitem(VM& vm, CallArgs args) {
  Value first = first_map(vm, args.args[0]);
  if (first.is_null()) return first;
  Value r = call_method(vm, first, "popitem", nullptr, 0);
  if (r.is_null() && exception_matches(vm, vm.types().key_error)) {
    vm.clear_exception();
    return raise_key_error(
        vm, Value::from_object(str_from_ascii(vm, "No keys found in the first mapping.")));
  }
  return r;
}

Value chain_clear(VM& vm, CallArgs args) {
  Value first = first_map(vm, args.args[0]);
  return first.is_null() ? first : call_method(vm, first, "clear", nullptr, 0);
}

Value chain_copy(VM& vm, CallArgs args) {
  Value self = args.args[0];
  List* maps = maps_of(vm, self);
  if (maps == nullptr) return Value::null();
  if (maps->length == 0) return raise_index_error(vm, "list index out of range");
  gc::RootedValues all(vm.heap());
  Value first = call_method(vm, maps->items[0], "copy", nullptr, 0);
  if (first.is_null()) return first;
  all.push_back(first);
  for (int64_t i = 1; i < maps->length; ++i) all.push_back(maps->items[i]);
  return make_like(vm, self, all.data(), all.size());
}

Value chain_new_child(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Value child = args.npos > 1 ? args.args[1] : vm.none();
  Dict* kw = dict_new(vm);
  int64_t nk = args.kwnames == nullptr ? 0 : args.kwnames->length;
  for (int64_t k = 0; k < nk; ++k) {
    if (dict_set(vm, kw, args.kwnames->at(k), args.args[args.npos + k]) < 0) return Value::null();
  }
  if (child == vm.none()) {
    child = Value::from_object(kw);
  } else if (nk > 0) {
    Value kwv = Value::from_object(kw);
    if (call_method(vm, child, "update", &kwv, 1).is_null()) return Value::null();
  }
  List* maps = maps_of(vm, self);
  if (maps == nullptr) return Value::null();
  gc::RootedValues all(vm.heap());
  all.push_back(child);
  for (int64_t i = 0; i < maps->length; ++i) all.push_back(maps->items[i]);
  return make_like(vm, self, all.data(), all.size());
}

Value chain_parents(VM& vm, CallArgs args) {
  Value self = args.args[0];
  List* maps = maps_of(vm, self);
  if (maps == nullptr) return Value::null();
  gc::RootedValues rest(vm.heap());
  for (int64_t i = 1; i < maps->length; ++i) rest.push_back(maps->items[i]);
  return make_like(vm, self, rest.data(), rest.size());
}

Value chain_ior(VM& vm, CallArgs args) {
  Value first = first_map(vm, args.args[0]);
  if (first.is_null() || call_method(vm, first, "update", args.args + 1, 1).is_null()) {
    return Value::null();
  }
  return args.args[0];
}

Value chain_or(VM& vm, CallArgs args) {
  if (!is_dict(vm, args.args[1]) && !is_instance_of(vm, args.args[1], type_of(vm, args.args[0]))) {
    return vm.not_implemented();
  }
  Value copy = call_method(vm, args.args[0], "copy", nullptr, 0);
  if (copy.is_null()) return copy;
  Value first = first_map(vm, copy);
  if (first.is_null() || call_method(vm, first, "update", args.args + 1, 1).is_null()) {
    return Value::null();
  }
  return copy;
}

Value chain_fromkeys(VM& vm, CallArgs args) {
  if (args.npos < 2 || args.npos > 3) {
    return raise_type_error(vm, "fromkeys() takes 1 or 2 arguments");
  }
  Value fromkeys = get_attr(vm, Value::from_object(vm.types().dict), vm.intern("fromkeys"));
  if (fromkeys.is_null()) return fromkeys;
  Value d = call_positional(vm, fromkeys, args.args + 1, args.npos - 1);
  if (d.is_null()) return d;
  return call_positional(vm, args.args[0], &d, 1);
}

}  // namespace

Type* create_chainmap_class(VM& vm) {
  Type* cls = collections_class_new(vm, "ChainMap", vm.types().object, nullptr);
  if (cls == nullptr) return nullptr;
  add_class_getitem(vm, cls);  // ChainMap[str, int] (runtime/generic_alias.h)
  struct Spec {
    const char* name;
    NativeFn fn;
    int min_args, max_args;
    uint32_t flags;
  } const kMethods[] = {
      {"__init__", chain_init, 0, -1, 0},
      {"__missing__", chain_missing, 1, 1, 0},
      {"__getitem__", chain_getitem, 1, 1, 0},
      {"__contains__", chain_contains, 1, 1, 0},
      {"get", chain_get, 1, 2, 0},
      {"__len__", chain_len, 0, 0, 0},
      {"__iter__", chain_iter, 0, 0, 0},
      {"__bool__", chain_bool, 0, 0, 0},
      {"__repr__", chain_repr, 0, 0, 0},
      {"keys", chain_keys, 0, 0, 0},
      {"values", chain_values, 0, 0, 0},
      {"items", chain_items, 0, 0, 0},
      {"__eq__", chain_eq, 1, 1, 0},
      {"__setitem__", chain_setitem, 2, 2, 0},
      {"__delitem__", chain_delitem, 1, 1, 0},
      {"pop", chain_pop, 1, 2, 0},
      {"popitem", chain_popitem, 0, 0, 0},
      {"clear", chain_clear, 0, 0, 0},
      {"copy", chain_copy, 0, 0, 0},
      {"__copy__", chain_copy, 0, 0, 0},
      {"new_child", chain_new_child, 0, 1, kNativeKeywords},
      {"__ior__", chain_ior, 1, 1, 0},
      {"__or__", chain_or, 1, 1, 0},
  };
  for (const Spec& m : kMethods) {
    add_class_method(vm, cls, m.name, m.fn, m.min_args, m.max_args, m.flags);
  }
  dict_set_str(vm, cls->dict, vm.intern("__hash__"), vm.none());
  NativeFunction* fromkeys = native_function_new(vm, "fromkeys", chain_fromkeys, 0, -1, 0);
  dict_set_str(vm, cls->dict, fromkeys->name,
               wrap_native(vm, vm.types().classmethod, Value::from_object(fromkeys)));
  // parents: a read-only property.
  NativeFunction* parents = native_function_new(vm, "parents", chain_parents, 0, 0, kNativeMethod);
  Value property_type = Value::from_object(vm.types().property);
  Value getter = Value::from_object(parents);
  Value prop = call_positional(vm, property_type, &getter, 1);
  if (prop.is_null()) return nullptr;
  dict_set_str(vm, cls->dict, vm.intern("parents"), prop);
  return cls;
}

}  // namespace pyvm::runtime
