// The `collections` module (see runtime/collections_module.h): the module
// itself, the helpers its classes share, defaultdict and OrderedDict.
//
// OrderedDict relies on dicts keeping insertion order: move_to_end and
// popitem(last=False) work on the dict's own entries, and only equality
// between two OrderedDicts looks at the order.
#include "runtime/collections_module.h"

#include <string>

#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace pyvm::runtime {

Type* collections_class_new(VM& vm, const char* name, Type* base, Dict* ns) {
  if (ns == nullptr) ns = dict_new(vm);
  dict_set_str(vm, ns, vm.intern("__module__"), Value::from_object(vm.intern("collections")));
  Value b = Value::from_object(base);
  Value cls =
      create_class(vm, vm.types().type, vm.intern(name), tuple_from(vm, &b, 1), ns, nullptr);
  return cls.is_null() ? nullptr : cls.as<Type>();
}

void add_class_method(VM& vm, Type* cls, const char* name, NativeFn fn, int min_args, int max_args,
                      uint32_t flags) {
  NativeFunction* f = native_function_new(vm, name, fn, min_args, max_args, flags | kNativeMethod);
  vm.store_ref(f, &f->owner, cls);
  if (class_setattr(vm, Value::from_object(cls), f->name, Value::from_object(f)) < 0) {
    vm.clear_exception();  // cannot fail for a fresh class; keep start-up going
  }
}

Value wrap_native(VM& vm, Type* wrapper, Value function) {
  auto* w = static_cast<MethodWrapper*>(vm.allocate(wrapper, sizeof(MethodWrapper)));
  vm.store(w, &w->function, function);
  return Value::from_object(w);
}

std::string short_type_name(VM& vm, Value v) { return type_name(vm, v); }

namespace {

Value call_type_of(VM& vm, Value self, const Value* args, size_t n) {
  return call_positional(vm, Value::from_object(type_of(vm, self)), args, n);
}

bool check_dict_receiver(VM& vm, Value self, const char* cls, const char* method) {
  if (is_dict(vm, self)) return true;
  raise_type_error(vm, std::string("descriptor '") + method + "' for '" + cls +
                           "' objects doesn't apply to a '" + type_name(vm, self) + "' object");
  return false;
}

// `self | other` for dict subclasses whose copy() keeps their type.
Value or_via_copy(VM& vm, CallArgs args) {
  Value self = args.args[0], other = args.args[1];
  if (!is_dict(vm, other) || !is_dict(vm, self)) return vm.not_implemented();
  Value copy = call_positional(vm, get_attr(vm, self, vm.intern("copy")), nullptr, 0);
  if (copy.is_null() || dict_merge_from(vm, copy.as<Dict>(), other) < 0) return Value::null();
  return copy;
}

Value ror_via_copy(VM& vm, CallArgs args) {
  Value self = args.args[0], other = args.args[1];
  if (!is_dict(vm, other) || !is_dict(vm, self)) return vm.not_implemented();
  Value made = call_type_of(vm, self, &other, 1);
  if (made.is_null() || dict_merge_from(vm, made.as<Dict>(), self) < 0) return Value::null();
  return made;
}

Value ior_update(VM& vm, CallArgs args) {
  if (dict_merge_from(vm, args.args[0].as<Dict>(), args.args[1]) < 0) return Value::null();
  return args.args[0];
}

// ---- defaultdict

Value factory_of(VM& vm, Value self) {
  Value f = get_attr(vm, self, vm.intern("default_factory"));
  if (f.is_null() && exception_matches(vm, vm.types().attribute_error)) {
    vm.clear_exception();
    return vm.none();
  }
  return f;
}

Value defaultdict_init(VM& vm, CallArgs args) {
  Value self = args.args[0];
  if (!check_dict_receiver(vm, self, "defaultdict", "__init__")) return Value::null();
  Value factory = vm.none();
  size_t skip = 1;
  if (args.npos > 1) {
    factory = args.args[1];
    skip = 2;
    if (factory != vm.none() && type_of(vm, factory)->call == nullptr) {
      return raise_type_error(vm, "first argument must be callable or None");
    }
  }
  if (set_attr(vm, self, vm.intern("default_factory"), factory) < 0) return Value::null();
  Value update = type_lookup(vm, vm.types().dict, vm.intern("update"));
  gc::RootedValues rest(vm.heap());
  size_t total = args.npos + (args.kwnames == nullptr ? 0 : args.kwnames->length);
  rest.push_back(self);
  for (size_t i = skip; i < total; ++i) rest.push_back(args.args[i]);
  CallArgs update_args{rest.data(), args.npos - skip + 1, args.kwnames};
  if (call(vm, update, update_args).is_null()) return Value::null();
  return vm.none();
}

Value defaultdict_missing(VM& vm, CallArgs args) {
  Value self = args.args[0], key = args.args[1];
  Value factory = factory_of(vm, self);
  if (factory.is_null()) return factory;
  if (factory == vm.none()) return raise_key_error(vm, key);
  Value value = call_positional(vm, factory, nullptr, 0);
  if (value.is_null() || set_item(vm, self, key, value) < 0) return Value::null();
  return value;
}

Value defaultdict_repr(VM& vm, CallArgs args) {
  Value self = args.args[0];
  if (!check_dict_receiver(vm, self, "defaultdict", "__repr__")) return Value::null();
  Value base = vm.types().dict->repr(vm, self);
  if (base.is_null()) return base;
  std::string factory_text;
  {
    ReprGuard guard(vm, self.object());
    if (guard.recursive()) {
      factory_text = "...";
    } else {
      Value factory = factory_of(vm, self);
      if (factory.is_null()) return factory;
      Value r = repr(vm, factory);
      if (r.is_null()) return r;
      factory_text = str_to_utf8(r.as<Str>());
    }
  }
  return Value::from_object(str_from_utf8(vm, short_type_name(vm, self) + "(" + factory_text +
                                                  ", " + str_to_utf8(base.as<Str>()) + ")"));
}

Value defaultdict_copy(VM& vm, CallArgs args) {
  Value self = args.args[0];
  if (!check_dict_receiver(vm, self, "defaultdict", "copy")) return Value::null();
  Value factory = factory_of(vm, self);
  if (factory.is_null()) return factory;
  Value argv[2] = {factory, self};
  return call_type_of(vm, self, argv, 2);
}

Value defaultdict_ror(VM& vm, CallArgs args) {
  Value self = args.args[0], other = args.args[1];
  if (!is_dict(vm, other) || !is_dict(vm, self)) return vm.not_implemented();
  Value factory = factory_of(vm, self);
  if (factory.is_null()) return factory;
  Value argv[2] = {factory, other};
  Value made = call_type_of(vm, self, argv, 2);
  if (made.is_null() || dict_merge_from(vm, made.as<Dict>(), self) < 0) return Value::null();
  return made;
}

// ---- OrderedDict

Value od_repr(VM& vm, CallArgs args) {
  Value self = args.args[0];
  if (!check_dict_receiver(vm, self, "OrderedDict", "__repr__")) return Value::null();
  std::string name = short_type_name(vm, self);
  ReprGuard guard(vm, self.object());
  if (guard.recursive()) return Value::from_object(str_from_ascii(vm, "..."));
  Dict* d = self.as<Dict>();
  if (d->used == 0) return Value::from_object(str_from_utf8(vm, name + "()"));
  List* items = list_new(vm);
  int64_t pos = 0;
  Value key, value;
  while (dict_next(d, &pos, &key, &value)) {
    Value pair[2] = {key, value};
    list_append(vm, items, Value::from_object(tuple_from(vm, pair, 2)));
  }
  Value r = repr(vm, Value::from_object(items));
  if (r.is_null()) return r;
  return Value::from_object(str_from_utf8(vm, name + "(" + str_to_utf8(r.as<Str>()) + ")"));
}

bool is_ordered_dict(VM& vm, Value v) {
  Type* od = vm.collections_state->ordered_dict;
  return od != nullptr && v.is_object() && is_subtype(v.object()->type, od);
}

// 1 when both dicts hold equal keys in the same order, 0 if not, -1 on error.
int same_order(VM& vm, Dict* a, Dict* b) {
  gc::RootedValues left(vm.heap()), right(vm.heap());
  int64_t pos = 0;
  Value key, value;
  while (dict_next(a, &pos, &key, &value)) left.push_back(key);
  pos = 0;
  while (dict_next(b, &pos, &key, &value)) right.push_back(key);
  if (left.size() != right.size()) return 0;
  for (size_t i = 0; i < left.size(); ++i) {
    int eq = equals(vm, left[i], right[i]);
    if (eq <= 0) return eq;
  }
  return 1;
}

Value od_compare(VM& vm, CallArgs args, bool negate) {
  Value self = args.args[0], other = args.args[1];
  if (!is_dict(vm, self) || !is_dict(vm, other)) return vm.not_implemented();
  Value base = vm.types().dict->richcompare(vm, self, other, CompareOp::kEq);
  if (base.is_null() || base == vm.not_implemented()) return base;
  int eq = truth(vm, base);
  if (eq < 0) return Value::null();
  if (eq == 1 && is_ordered_dict(vm, other)) {
    eq = same_order(vm, self.as<Dict>(), other.as<Dict>());
    if (eq < 0) return Value::null();
  }
  return vm.bool_value((eq == 1) != negate);
}

Value od_eq(VM& vm, CallArgs args) { return od_compare(vm, args, false); }
Value od_ne(VM& vm, CallArgs args) { return od_compare(vm, args, true); }

// Re-inserts every entry so that `first` (already removed) comes first.
int put_first(VM& vm, Dict* d, Value first_key, Value first_value) {
  gc::RootedValues entries(vm.heap());
  int64_t pos = 0;
  Value key, value;
  while (dict_next(d, &pos, &key, &value)) {
    entries.push_back(key);
    entries.push_back(value);
  }
  for (size_t i = 0; i < entries.size(); i += 2) {
    if (dict_del(vm, d, entries[i]) < 0) return -1;
  }
  if (dict_set(vm, d, first_key, first_value) < 0) return -1;
  for (size_t i = 0; i < entries.size(); i += 2) {
    if (dict_set(vm, d, entries[i], entries[i + 1]) < 0) return -1;
  }
  return 0;
}

Value od_move_to_end(VM& vm, CallArgs args) {
  Value parsed[2];
  if (!parse_args(vm, args, 1, "move_to_end", {"key", "last"}, 1, parsed)) return Value::null();
  Value self = args.args[0];
  if (!check_dict_receiver(vm, self, "OrderedDict", "move_to_end")) return Value::null();
  int last = parsed[1].is_null() ? 1 : truth(vm, parsed[1]);
  if (last < 0) return Value::null();
  Dict* d = self.as<Dict>();
  Value value = dict_pop(vm, d, parsed[0]);
  if (value.is_null()) return vm.has_exception() ? value : raise_key_error(vm, parsed[0]);
  int r = last ? dict_set(vm, d, parsed[0], value) : put_first(vm, d, parsed[0], value);
  return r < 0 ? Value::null() : vm.none();
}

Value od_popitem(VM& vm, CallArgs args) {
  Value parsed[1];
  if (!parse_args(vm, args, 1, "popitem", {"last"}, 0, parsed)) return Value::null();
  Value self = args.args[0];
  if (!check_dict_receiver(vm, self, "OrderedDict", "popitem")) return Value::null();
  int last = parsed[0].is_null() ? 1 : truth(vm, parsed[0]);
  if (last < 0) return Value::null();
  Dict* d = self.as<Dict>();
  if (d->used == 0) {
    return raise_key_error(vm, Value::from_object(str_from_ascii(vm, "dictionary is empty")));
  }
  int64_t pos = 0;
  Value key, value, found;
  while (dict_next(d, &pos, &key, &value)) {
    found = key;
    if (!last) break;
  }
  Value popped = dict_pop(vm, d, found);
  if (popped.is_null()) return vm.has_exception() ? popped : raise_key_error(vm, found);
  Value pair[2] = {found, popped};
  return Value::from_object(tuple_from(vm, pair, 2));
}

Value od_copy(VM& vm, CallArgs args) {
  Value self = args.args[0];
  if (!check_dict_receiver(vm, self, "OrderedDict", "copy")) return Value::null();
  return call_type_of(vm, self, &self, 1);
}

// fromkeys(cls, iterable, value=None): cls() filled through __setitem__.
Value subclass_fromkeys(VM& vm, CallArgs args) {
  if (args.npos < 2 || args.npos > 3) {
    return raise_type_error(vm, "fromkeys expected at most 2 arguments, got " +
                                    std::to_string(args.npos > 0 ? args.npos - 1 : 0));
  }
  Value made = call_positional(vm, args.args[0], nullptr, 0);
  if (made.is_null()) return made;
  Value value = args.npos == 3 ? args.args[2] : vm.none();
  int r =
      for_each_item(vm, args.args[1], [&](Value key) { return set_item(vm, made, key, value); });
  return r < 0 ? Value::null() : made;
}

void add_fromkeys(VM& vm, Type* cls) {
  NativeFunction* f = native_function_new(vm, "fromkeys", subclass_fromkeys, 0, -1, 0);
  dict_set_str(vm, cls->dict, f->name,
               wrap_native(vm, vm.types().classmethod, Value::from_object(f)));
}

Module* register_module(VM& vm, const char* name) {
  Module* m = module_new(vm, vm.intern(name));
  dict_set_str(vm, vm.modules(), m->name, Value::from_object(m));
  return m;
}

void put(VM& vm, Module* m, const char* name, Value v) {
  if (!v.is_null()) dict_set_str(vm, m->dict, vm.intern(name), v);
}

Value obj(Object* o) { return o == nullptr ? Value::null() : Value::from_object(o); }

// collections.__getattr__ (PEP 562): UserDict, UserList and UserString are
// CPython's own classes, from its collections source run as the module
// `_collections_py` (vm/import.cpp), cached in this module once fetched.
Value collections_getattr(VM& vm, CallArgs args) {
  Value name = args.args[0];
  bool user_class = is_str(vm, name) && (str_equals_ascii(name.as<Str>(), "UserDict") ||
                                         str_equals_ascii(name.as<Str>(), "UserList") ||
                                         str_equals_ascii(name.as<Str>(), "UserString"));
  if (!user_class) {
    Value shown = str(vm, name);
    if (shown.is_null()) return shown;
    return raise(vm, vm.types().attribute_error,
                 "module 'collections' has no attribute '" + str_to_utf8(shown.as<Str>()) + "'");
  }
  Value fromlist = Value::from_object(tuple_new(vm, 0));
  Value source = vm::import_module(vm, vm.intern("_collections_py"), fromlist, 0, nullptr);
  if (source.is_null()) return source;
  Value cls = get_attr(vm, source, name.as<Str>());
  if (cls.is_null()) return cls;
  if (set_attr(vm, cls, vm.intern("__module__"), Value::from_object(vm.intern("collections"))) <
      0) {
    return Value::null();
  }
  Value collections = dict_get_str(vm, vm.modules(), vm.intern("collections"));
  if (!collections.is_null()) dict_set_str(vm, collections.as<Module>()->dict, name.as<Str>(), cls);
  return cls;
}

// collections._count_elements(mapping, iterable): mapping[x] =
// mapping.get(x, 0) + 1 for each element (what Counter.update uses).
Value count_elements(VM& vm, CallArgs args) {
  Value mapping = args.args[0];
  Value iterator = get_iter(vm, args.args[1]);
  if (iterator.is_null()) return iterator;
  Value get = get_attr(vm, mapping, vm.intern("get"));
  if (get.is_null()) return get;
  for (;;) {
    Value item = iter_next(vm, iterator);
    if (item.is_null()) return vm.has_exception() ? Value::null() : vm.none();
    Value pair[2] = {item, Value::from_small_int(0)};
    Value old = call_positional(vm, get, pair, 2);
    if (old.is_null()) return old;
    Value updated = binary_op(vm, BinaryOp::kAdd, old, Value::from_small_int(1));
    if (updated.is_null() || set_item(vm, mapping, item, updated) < 0) return Value::null();
  }
}

Value count_elements_function(VM& vm) {
  return Value::from_object(native_function_new(vm, "_count_elements", count_elements, 2, 2, 0));
}

}  // namespace

Type* create_defaultdict_class(VM& vm) {
  Dict* ns = dict_new(vm);
  Value slot = Value::from_object(vm.intern("default_factory"));
  dict_set_str(vm, ns, vm.intern("__slots__"), Value::from_object(tuple_from(vm, &slot, 1)));
  Type* cls = collections_class_new(vm, "defaultdict", vm.types().dict, ns);
  if (cls == nullptr) return nullptr;
  add_class_method(vm, cls, "__init__", defaultdict_init, 0, -1, kNativeKeywords);
  add_class_method(vm, cls, "__missing__", defaultdict_missing, 1, 1);
  add_class_method(vm, cls, "__repr__", defaultdict_repr, 0, 0);
  add_class_method(vm, cls, "copy", defaultdict_copy, 0, 0);
  add_class_method(vm, cls, "__copy__", defaultdict_copy, 0, 0);
  add_class_method(vm, cls, "__or__", or_via_copy, 1, 1);
  add_class_method(vm, cls, "__ror__", defaultdict_ror, 1, 1);
  add_class_method(vm, cls, "__ior__", ior_update, 1, 1);
  add_fromkeys(vm, cls);
  return cls;
}

Type* create_ordered_dict_class(VM& vm) {
  Type* cls = collections_class_new(vm, "OrderedDict", vm.types().dict, nullptr);
  if (cls == nullptr) return nullptr;
  add_class_method(vm, cls, "__repr__", od_repr, 0, 0);
  add_class_method(vm, cls, "__eq__", od_eq, 1, 1);
  add_class_method(vm, cls, "__ne__", od_ne, 1, 1);
  dict_set_str(vm, cls->dict, vm.intern("__hash__"), vm.none());
  add_class_method(vm, cls, "move_to_end", od_move_to_end, 1, 2, kNativeKeywords);
  add_class_method(vm, cls, "popitem", od_popitem, 0, 1, kNativeKeywords);
  add_class_method(vm, cls, "copy", od_copy, 0, 0);
  add_class_method(vm, cls, "__copy__", od_copy, 0, 0);
  add_class_method(vm, cls, "__or__", or_via_copy, 1, 1);
  add_class_method(vm, cls, "__ror__", ror_via_copy, 1, 1);
  add_class_method(vm, cls, "__ior__", ior_update, 1, 1);
  add_fromkeys(vm, cls);
  return cls;
}

void create_collections_module(VM& vm) {
  auto* state = new CollectionsState(vm.heap());
  vm.collections_state = state;
  init_deque_types(vm, *state);
  Module* collections = register_module(vm, "collections");
  Module* internal = register_module(vm, "_collections");
  Value deque = obj(state->deque);
  put(vm, collections, "deque", deque);
  put(vm, internal, "deque", deque);
  put(vm, internal, "_deque_iterator", obj(state->deque_iterator));
  put(vm, internal, "_deque_reverse_iterator", obj(state->deque_reverse_iterator));
  Value defaultdict = obj(create_defaultdict_class(vm));
  put(vm, collections, "defaultdict", defaultdict);
  put(vm, internal, "defaultdict", defaultdict);
  state->ordered_dict = create_ordered_dict_class(vm);
  Value od = obj(state->ordered_dict);
  put(vm, collections, "OrderedDict", od);
  put(vm, internal, "OrderedDict", od);
  state->counter = create_counter_class(vm);
  put(vm, collections, "Counter", obj(state->counter));
  if (defaultdict.is_object() && state->ordered_dict != nullptr && state->counter != nullptr) {
    add_collections_reducers(vm, state->deque, defaultdict.as<Type>(), state->ordered_dict,
                             state->counter);
  }
  put(vm, collections, "ChainMap", obj(create_chainmap_class(vm)));
  state->tuplegetter = create_tuplegetter_class(vm);
  put(vm, internal, "_tuplegetter", obj(state->tuplegetter));
  put(vm, collections, "namedtuple",
      Value::from_object(
          native_function_new(vm, "namedtuple", namedtuple_factory, 0, -1, kNativeKeywords)));
  put(vm, collections, "_count_elements", count_elements_function(vm));
  put(vm, internal, "_count_elements", count_elements_function(vm));
  put(vm, collections, "__getattr__",
      Value::from_object(native_function_new(vm, "__getattr__", collections_getattr, 1, 1, 0)));
  if (vm.has_exception()) vm.clear_exception();  // a class failed: it is left out
}

void destroy_collections_state(VM& vm) {
  delete vm.collections_state;
  vm.collections_state = nullptr;
}

}  // namespace pyvm::runtime
