// weakref.WeakValueDictionary, weakref.WeakKeyDictionary and weakref.finalize
// (see runtime/weak_containers.h).
//
// Both dictionaries keep a plain dict `data` whose entries hold weak
// references that name the dictionary as their owner: values map to
// WeakRef(value) in a WeakValueDictionary, and WeakRef(key) maps to the value
// in a WeakKeyDictionary (the ref hashes and compares as its referent, so a
// lookup uses a temporary ref to the key). When a referent dies, the entry
// stays in `data` until the next safe point removes it
// (weakref_owner_cleared); every read skips entries whose ref is dead, so
// the death is visible as soon as the collection cleared the ref.
#include "runtime/weak_containers.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/weakref.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct WeakDict : Object {
  Dict* data;
};

struct Finalize : Object {
  Value ref;       // the WeakRef to the watched object; its owner is this finalize
  Value func;      // null once called or detached
  Tuple* args;     // positional arguments for func
  Dict* kwargs;    // keyword arguments for func, or nullptr
  int64_t index;   // creation order (finalizers run newest first at exit)
  int64_t atexit;  // 1: call at interpreter exit if still alive
};

std::string address_of(const void* p) {
  char text[32];
  std::snprintf(text, sizeof(text), "%p", p);
  return text;
}

bool is_key_dict(VM& vm, Value self) {
  return self.object()->type == weakref_state(vm).key_dict_type;
}

Dict* data_of(Value self) { return self.as<WeakDict>()->data; }

void trace_weak_dict(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<WeakDict*>(self)->data);
}

// The key and value an entry of `data` stands for, or false when its
// referent died.
bool live_entry(VM& vm, Value self, Value data_key, Value data_value, Value* key, Value* value) {
  if (is_key_dict(vm, self)) {
    *key = weakref_get(data_key);
    *value = data_value;
  } else {
    *key = data_key;
    *value = weakref_get(data_value);
  }
  return !key->is_null() && !value->is_null();
}

// What a lookup of `key` finds: the value, null when absent (no exception),
// or null with an exception pending.
Value weak_dict_lookup(VM& vm, Value self, Value key) {
  if (is_key_dict(vm, self)) {
    if (!is_weakrefable(vm, key)) {
      return raise_type_error(
          vm, "cannot create weak reference to '" + type_name(vm, key) + "' object");
    }
    return dict_get(vm, data_of(self), weakref_lookup_key(vm, key));
  }
  Value ref = dict_get(vm, data_of(self), key);
  return ref.is_null() ? ref : weakref_get(ref);
}

Value weak_dict_getitem(VM& vm, Value self, Value key) {
  Value v = weak_dict_lookup(vm, self, key);
  if (v.is_null() && !vm.has_exception()) return raise_key_error(vm, key);
  return v;
}

int weak_dict_store(VM& vm, Value self, Value key, Value value) {
  WeakrefState& state = weakref_state(vm);
  if (is_key_dict(vm, self)) {
    Value ref = weakref_new(vm, state.ref_type, key, Value::null(), self.object(), Value::null());
    if (ref.is_null()) return -1;
    return dict_set(vm, data_of(self), ref, value);
  }
  Value ref = weakref_new(vm, state.ref_type, value, Value::null(), self.object(), key);
  if (ref.is_null()) return -1;
  return dict_set(vm, data_of(self), key, ref);
}

// 1 removed, 0 absent, -1 error.
int weak_dict_remove(VM& vm, Value self, Value key) {
  if (!is_key_dict(vm, self)) return dict_del(vm, data_of(self), key);
  if (!is_weakrefable(vm, key)) return 0;
  return dict_del(vm, data_of(self), weakref_lookup_key(vm, key));
}

int weak_dict_setitem(VM& vm, Value self, Value key, Value value) {
  if (!value.is_null()) return weak_dict_store(vm, self, key, value);
  int removed = weak_dict_remove(vm, self, key);
  if (removed == 0) raise_key_error(vm, key);
  return removed > 0 ? 0 : -1;
}

int weak_dict_contains(VM& vm, Value self, Value key) {
  if (is_key_dict(vm, self) && !is_weakrefable(vm, key)) return 0;
  Value v = weak_dict_lookup(vm, self, key);
  if (v.is_null()) return vm.has_exception() ? -1 : 0;
  return 1;
}

// kind 0: keys, 1: values, 2: (key, value) pairs; live entries only.
List* weak_dict_snapshot(VM& vm, Value self, int kind) {
  List* out = list_new(vm);
  int64_t pos = 0;
  Value data_key, data_value;
  while (dict_next(data_of(self), &pos, &data_key, &data_value)) {
    Value key, value;
    if (!live_entry(vm, self, data_key, data_value, &key, &value)) continue;
    if (kind == 2) {
      Value pair[2] = {key, value};
      list_append(vm, out, Value::from_object(tuple_from(vm, pair, 2)));
    } else {
      list_append(vm, out, kind == 0 ? key : value);
    }
  }
  return out;
}

int64_t weak_dict_length(VM& vm, Value self) {
  int64_t n = 0;
  int64_t pos = 0;
  Value data_key, data_value, key, value;
  while (dict_next(data_of(self), &pos, &data_key, &data_value)) {
    if (live_entry(vm, self, data_key, data_value, &key, &value)) ++n;
  }
  return n;
}

Value weak_dict_iter(VM& vm, Value self) {
  return list_iterator_new(vm, weak_dict_snapshot(vm, self, 0));
}

Value weak_dict_repr(VM& vm, Value self) {
  std::string name = is_key_dict(vm, self) ? "WeakKeyDictionary" : "WeakValueDictionary";
  return Value::from_object(
      str_from_utf8(vm, "<" + name + " at " + address_of(self.object()) + ">"));
}

// Stores every pair of a mapping or iterable of pairs.
int weak_dict_update_from(VM& vm, Value self, Value other) {
  Dict* pairs = dict_new(vm);
  if (dict_merge_from(vm, pairs, other) < 0) return -1;
  int64_t pos = 0;
  Value key, value;
  while (dict_next(pairs, &pos, &key, &value)) {
    if (weak_dict_store(vm, self, key, value) < 0) return -1;
  }
  return 0;
}

Value weak_dict_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise(vm, vm.types().not_implemented_error,
                 "pyvm: keyword arguments to weak dictionaries are not supported");
  }
  if (args.npos > 1) {
    return raise_type_error(vm, "expected at most 1 argument, got " + std::to_string(args.npos));
  }
  auto* d = vm.allocate<WeakDict>(cls);
  vm.store_ref(d, &d->data, dict_new(vm));
  Value self = Value::from_object(d);
  if (args.npos == 1 && weak_dict_update_from(vm, self, args.args[0]) < 0) return Value::null();
  return self;
}

Value wd_get(VM& vm, CallArgs args) {
  Value v = weak_dict_lookup(vm, args.args[0], args.args[1]);
  if (v.is_null() && !vm.has_exception()) return args.npos > 2 ? args.args[2] : vm.none();
  return v;
}

Value wd_keys(VM& vm, CallArgs args) {
  return list_iterator_new(vm, weak_dict_snapshot(vm, args.args[0], 0));
}
Value wd_values(VM& vm, CallArgs args) {
  return list_iterator_new(vm, weak_dict_snapshot(vm, args.args[0], 1));
}
Value wd_items(VM& vm, CallArgs args) {
  return list_iterator_new(vm, weak_dict_snapshot(vm, args.args[0], 2));
}

Value wd_pop(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Value key = args.args[1];
  Value v = weak_dict_lookup(vm, self, key);
  if (v.is_null()) {
    if (vm.has_exception()) return v;
    return args.npos > 2 ? args.args[2] : raise_key_error(vm, key);
  }
  return weak_dict_remove(vm, self, key) < 0 ? Value::null() : v;
}

Value wd_setdefault(VM& vm, CallArgs args) {
  Value v = weak_dict_lookup(vm, args.args[0], args.args[1]);
  if (!v.is_null() || vm.has_exception()) return v;
  Value fallback = args.npos > 2 ? args.args[2] : vm.none();
  if (weak_dict_store(vm, args.args[0], args.args[1], fallback) < 0) return Value::null();
  return fallback;
}

Value wd_update(VM& vm, CallArgs args) {
  if (args.npos > 1 && weak_dict_update_from(vm, args.args[0], args.args[1]) < 0) {
    return Value::null();
  }
  return vm.none();
}

Value wd_clear(VM& vm, CallArgs args) {
  Value self = args.args[0];
  vm.store_ref(self.object(), &self.as<WeakDict>()->data, dict_new(vm));
  return vm.none();
}

Value wd_copy(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Value copy = weak_dict_construct(vm, self.object()->type, CallArgs{nullptr, 0, nullptr});
  List* items = weak_dict_snapshot(vm, self, 2);
  for (int64_t i = 0; i < items->length; ++i) {
    Tuple* pair = items->items[i].as<Tuple>();
    if (weak_dict_store(vm, copy, pair->at(0), pair->at(1)) < 0) return Value::null();
  }
  return copy;
}

Type* make_weak_dict_type(VM& vm, const char* name) {
  Type* t = new_native_type(vm, name, sizeof(WeakDict));
  t->trace = trace_weak_dict;
  t->construct = weak_dict_construct;
  t->getitem = weak_dict_getitem;
  t->setitem = weak_dict_setitem;
  t->contains = weak_dict_contains;
  t->length = weak_dict_length;
  t->iter = weak_dict_iter;
  t->repr = weak_dict_repr;
  add_method(vm, t, "get", wd_get, 1, 2);
  add_method(vm, t, "keys", wd_keys, 0, 0);
  add_method(vm, t, "values", wd_values, 0, 0);
  add_method(vm, t, "items", wd_items, 0, 0);
  add_method(vm, t, "pop", wd_pop, 1, 2);
  add_method(vm, t, "setdefault", wd_setdefault, 1, 2);
  add_method(vm, t, "update", wd_update, 0, 1);
  add_method(vm, t, "clear", wd_clear, 0, 0);
  add_method(vm, t, "copy", wd_copy, 0, 0);
  return t;
}

// A referent of one of the dictionary's refs died: drop the entry.
void weak_dict_drop(VM& vm, WeakRef* ref) {
  Value self = Value::from_object(ref->owner);
  Dict* data = data_of(self);
  if (is_key_dict(vm, self)) {
    if (dict_del(vm, data, Value::from_object(ref)) < 0) vm.clear_exception();
    return;
  }
  Value current = dict_get(vm, data, ref->key);
  if (current == Value::from_object(ref) && dict_del(vm, data, ref->key) < 0) {
    vm.clear_exception();
  }
  if (vm.has_exception()) vm.clear_exception();
}

// ---- weakref.finalize

Finalize* as_finalize(Value v) { return v.as<Finalize>(); }

void trace_finalize(Object* self, Tracer& tracer) {
  auto* f = static_cast<Finalize*>(self);
  tracer.visit(f->ref);
  tracer.visit(f->func);
  tracer.visit(f->args);
  tracer.visit(f->kwargs);
}

void forget_finalizer(VM& vm, Object* f) {
  std::vector<Object*>& live = weakref_state(vm).finalizers;
  live.erase(std::remove(live.begin(), live.end(), f), live.end());
}

bool finalize_alive(Finalize* f) { return !f->func.is_null(); }

// Detaches `f`: forgets its callable and returns it (null if already dead).
Value finalize_detach_func(VM& vm, Finalize* f) {
  Value func = f->func;
  f->func = Value::null();
  forget_finalizer(vm, f);
  return func;
}

Value call_with(VM& vm, Value func, Tuple* args, Dict* kwargs) {
  int64_t npos = args == nullptr ? 0 : args->length;
  if (kwargs == nullptr)
    return call_positional(vm, func, args == nullptr ? nullptr : args->items(),
                           static_cast<size_t>(npos));
  gc::RootedValues all(vm.heap());
  gc::RootedValues names(vm.heap());
  for (int64_t i = 0; i < npos; ++i) all.push_back(args->at(i));
  int64_t pos = 0;
  Value key, value;
  while (dict_next(kwargs, &pos, &key, &value)) {
    names.push_back(key);
    all.push_back(value);
  }
  Tuple* kwnames = tuple_from(vm, names.data(), static_cast<int64_t>(names.size()));
  return call(vm, func, CallArgs{all.data(), static_cast<size_t>(npos), kwnames});
}

Value finalize_run(VM& vm, Finalize* f) {
  Tuple* args = f->args;
  Dict* kwargs = f->kwargs;
  Value func = finalize_detach_func(vm, f);
  if (func.is_null()) return vm.none();
  return call_with(vm, func, args, kwargs);
}

Value finalize_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.npos < 2) {
    return raise_type_error(
        vm, "finalize expected at least 2 positional arguments, got " + std::to_string(args.npos));
  }
  WeakrefState& state = weakref_state(vm);
  auto* f = vm.allocate<Finalize>(cls);
  Value self = Value::from_object(f);
  Value ref = weakref_new(vm, state.ref_type, args.args[0], Value::null(), f, Value::null());
  if (ref.is_null()) return ref;
  vm.store(f, &f->ref, ref);
  vm.store(f, &f->func, args.args[1]);
  vm.store_ref(f, &f->args, tuple_from(vm, args.args + 2, static_cast<int64_t>(args.npos - 2)));
  int64_t nkw = args.kwnames == nullptr ? 0 : args.kwnames->length;
  if (nkw > 0) {
    Dict* kwargs = dict_new(vm);
    vm.store_ref(f, &f->kwargs, kwargs);
    for (int64_t i = 0; i < nkw; ++i) {
      dict_set_str(vm, kwargs, args.kwnames->at(i).as<Str>(), args.args[args.npos + i]);
    }
  }
  f->index = static_cast<int64_t>(state.next_finalizer_index++);
  f->atexit = 1;
  state.finalizers.push_back(f);
  return self;
}

Value finalize_call(VM& vm, Value self, CallArgs args) {
  if (args.npos != 0 || (args.kwnames != nullptr && args.kwnames->length > 0)) {
    return raise_type_error(vm, "__call__() takes 1 positional argument");
  }
  return finalize_run(vm, as_finalize(self));
}

// (obj, func, args, kwargs) while alive, else None.
Value finalize_info(VM& vm, Finalize* f, bool detach) {
  Value obj = weakref_get(f->ref);
  if (!finalize_alive(f) || obj.is_null()) return vm.none();
  Value kwargs = f->kwargs == nullptr ? Value::from_object(dict_new(vm))
                                      : Value::from_object(dict_copy(vm, f->kwargs));
  Value info[4] = {obj, f->func, Value::from_object(f->args), kwargs};
  if (detach) finalize_detach_func(vm, f);
  return Value::from_object(tuple_from(vm, info, 4));
}

Value finalize_detach(VM& vm, CallArgs args) {
  return finalize_info(vm, as_finalize(args.args[0]), true);
}

Value finalize_peek(VM& vm, CallArgs args) {
  return finalize_info(vm, as_finalize(args.args[0]), false);
}

Value finalize_getattr(VM& vm, Value self, Str* name) {
  Finalize* f = as_finalize(self);
  if (str_equals_ascii(name, "alive")) return vm.bool_value(finalize_alive(f));
  if (str_equals_ascii(name, "atexit")) return vm.bool_value(f->atexit != 0);
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (found.is_null()) return raise_attribute_error(vm, self, name);
  return bind_attribute(vm, found, self, type);
}

int finalize_setattr(VM& vm, Value self, Str* name, Value value) {
  if (!str_equals_ascii(name, "atexit") || value.is_null()) {
    raise(vm, vm.types().attribute_error,
          "'finalize' object attribute '" + str_to_utf8(name) + "' is read-only");
    return -1;
  }
  int t = truth(vm, value);
  if (t < 0) return -1;
  as_finalize(self)->atexit = t;
  return 0;
}

Value finalize_repr(VM& vm, Value self) {
  Finalize* f = as_finalize(self);
  Value obj = weakref_get(f->ref);
  std::string text = "<finalize object at " + address_of(f) + "; ";
  if (!finalize_alive(f) || obj.is_null()) {
    text += "dead>";
  } else {
    text += "for '" + type_name(vm, obj) + "' at " + address_of(obj.object()) + ">";
  }
  return Value::from_object(str_from_utf8(vm, text));
}

Type* make_finalize_type(VM& vm) {
  Type* t = new_native_type(vm, "finalize", sizeof(Finalize));
  t->trace = trace_finalize;
  t->construct = finalize_construct;
  t->call = finalize_call;
  t->getattr = finalize_getattr;
  t->setattr = finalize_setattr;
  t->repr = finalize_repr;
  add_method(vm, t, "detach", finalize_detach, 0, 0);
  add_method(vm, t, "peek", finalize_peek, 0, 0);
  return t;
}

}  // namespace

void weakref_owner_cleared(VM& vm, WeakRef* ref) {
  if (weak_set_owner_cleared(vm, ref)) return;
  WeakrefState& state = weakref_state(vm);
  Type* owner_type = ref->owner->type;
  if (owner_type == state.value_dict_type || owner_type == state.key_dict_type) {
    weak_dict_drop(vm, ref);
    return;
  }
  if (owner_type != state.finalize_type) return;
  Value f = Value::from_object(ref->owner);
  Value r = finalize_run(vm, as_finalize(f));
  if (r.is_null()) report_unraisable(vm, f);
}

void run_atexit_finalizers(VM& vm) {
  WeakrefState& state = weakref_state(vm);
  for (;;) {
    Finalize* newest = nullptr;
    for (Object* o : state.finalizers) {
      auto* f = static_cast<Finalize*>(o);
      if (f->atexit != 0 && (newest == nullptr || f->index > newest->index)) newest = f;
    }
    if (newest == nullptr) return;
    Value f = Value::from_object(newest);
    Value r = finalize_run(vm, newest);
    if (r.is_null()) report_unraisable(vm, f);
  }
}

void init_weak_container_types(VM& vm, WeakrefState& state) {
  state.value_dict_type = make_weak_dict_type(vm, "WeakValueDictionary");
  state.key_dict_type = make_weak_dict_type(vm, "WeakKeyDictionary");
  state.finalize_type = make_finalize_type(vm);
  init_weak_set_types(vm, state);
}

}  // namespace pyvm::runtime
