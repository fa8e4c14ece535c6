// weakref.WeakSet and weakref.WeakMethod (see runtime/weak_containers.h).
//
// A WeakSet keeps a plain dict `data` mapping WeakRef(item) to None, the refs
// naming the set as their owner, like a WeakKeyDictionary: reads skip dead
// refs, and the safe point after a collection removes their entries. A
// WeakMethod holds weak references to a bound method's __self__ and __func__
// (both owned by it); calling it rebuilds the method while both live, and its
// callback runs once, when the first of them dies.
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
#include "runtime/weak_containers.h"
#include "runtime/weakref.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct WeakSet : Object {
  Dict* data;  // WeakRef(item) -> None
};

void trace_weak_set(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<WeakSet*>(self)->data);
}

Dict* set_data(Value self) { return self.as<WeakSet>()->data; }

List* weak_set_items(VM& vm, Value self) {
  List* out = list_new(vm);
  int64_t pos = 0;
  Value ref, ignored;
  while (dict_next(set_data(self), &pos, &ref, &ignored)) {
    Value item = weakref_get(ref);
    if (!item.is_null()) list_append(vm, out, item);
  }
  return out;
}

int weak_set_add_item(VM& vm, Value self, Value item) {
  WeakrefState& state = weakref_state(vm);
  if (!is_weakrefable(vm, item)) {
    raise_type_error(vm, "cannot create weak reference to '" + type_name(vm, item) + "' object");
    return -1;
  }
  Value existing = dict_get(vm, set_data(self), weakref_lookup_key(vm, item));
  if (!existing.is_null() || vm.has_exception()) return vm.has_exception() ? -1 : 0;
  Value ref = weakref_new(vm, state.ref_type, item, Value::null(), self.object(), Value::null());
  if (ref.is_null()) return -1;
  return dict_set(vm, set_data(self), ref, vm.none());
}

int weak_set_update_from(VM& vm, Value self, Value iterable) {
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return -1;
  for (;;) {
    Value item = iter_next(vm, it);
    if (item.is_null()) return vm.has_exception() ? -1 : 0;
    if (weak_set_add_item(vm, self, item) < 0) return -1;
  }
}

Value weak_set_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "WeakSet() takes no keyword arguments");
  }
  if (args.npos > 1) {
    return raise_type_error(
        vm, "WeakSet expected at most 1 argument, got " + std::to_string(args.npos));
  }
  auto* s = vm.allocate<WeakSet>(cls);
  vm.store_ref(s, &s->data, dict_new(vm));
  Value self = Value::from_object(s);
  if (args.npos == 1 && weak_set_update_from(vm, self, args.args[0]) < 0) return Value::null();
  return self;
}

int weak_set_contains(VM& vm, Value self, Value item) {
  if (!is_weakrefable(vm, item)) return 0;
  Value found = dict_get(vm, set_data(self), weakref_lookup_key(vm, item));
  if (found.is_null()) return vm.has_exception() ? -1 : 0;
  return 1;
}

int64_t weak_set_length(VM& vm, Value self) { return weak_set_items(vm, self)->length; }

Value weak_set_iter(VM& vm, Value self) { return list_iterator_new(vm, weak_set_items(vm, self)); }

Value weak_set_repr(VM& vm, Value self) {
  char text[32];
  std::snprintf(text, sizeof(text), "%p", static_cast<void*>(self.object()));
  return Value::from_object(
      str_from_utf8(vm, std::string("<_weakrefset.WeakSet object at ") + text + ">"));
}

// 1 removed, 0 absent, -1 error.
int weak_set_remove_item(VM& vm, Value self, Value item) {
  if (!is_weakrefable(vm, item)) {
    raise_type_error(vm, "cannot create weak reference to '" + type_name(vm, item) + "' object");
    return -1;
  }
  return dict_del(vm, set_data(self), weakref_lookup_key(vm, item));
}

Value ws_add(VM& vm, CallArgs args) {
  return weak_set_add_item(vm, args.args[0], args.args[1]) < 0 ? Value::null() : vm.none();
}

Value ws_discard(VM& vm, CallArgs args) {
  return weak_set_remove_item(vm, args.args[0], args.args[1]) < 0 ? Value::null() : vm.none();
}

Value ws_remove(VM& vm, CallArgs args) {
  int removed = weak_set_remove_item(vm, args.args[0], args.args[1]);
  if (removed < 0) return Value::null();
  if (removed == 0) return raise_key_error(vm, args.args[1]);
  return vm.none();
}

Value ws_pop(VM& vm, CallArgs args) {
  List* items = weak_set_items(vm, args.args[0]);
  if (items->length == 0)
    return raise_key_error(vm, Value::from_object(str_from_utf8(vm, "pop from empty WeakSet")));
  Value item = items->items[0];
  return weak_set_remove_item(vm, args.args[0], item) < 0 ? Value::null() : item;
}

Value ws_clear(VM& vm, CallArgs args) {
  Value self = args.args[0];
  vm.store_ref(self.object(), &self.as<WeakSet>()->data, dict_new(vm));
  return vm.none();
}

Value ws_copy(VM& vm, CallArgs args) {
  Value items = Value::from_object(weak_set_items(vm, args.args[0]));
  return weak_set_construct(vm, args.args[0].object()->type, CallArgs{&items, 1, nullptr});
}

Value ws_update(VM& vm, CallArgs args) {
  for (size_t i = 1; i < args.npos; ++i) {
    if (weak_set_update_from(vm, args.args[0], args.args[i]) < 0) return Value::null();
  }
  return vm.none();
}

// The live items as a plain set, for the comparison methods.
Value as_set(VM& vm, Value v) {
  Value items = Value::from_object(weak_set_items(vm, v));
  return call_positional(vm, Value::from_object(vm.types().set), &items, 1);
}

Value ws_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (b.object()->type != a.object()->type) return vm.not_implemented();
  Value sa = as_set(vm, a);
  Value sb = sa.is_null() ? sa : as_set(vm, b);
  if (sb.is_null()) return sb;
  return rich_compare(vm, sa, sb, op);
}

// Calls set.NAME on the live items; the result becomes a WeakSet when it is
// a set.
Value via_set(VM& vm, CallArgs args, const char* name) {
  Value s = as_set(vm, args.args[0]);
  if (s.is_null()) return s;
  Value method = get_attr(vm, s, vm.intern(name));
  if (method.is_null()) return method;
  Value r = call(vm, method, CallArgs{args.args + 1, args.npos - 1, nullptr});
  if (r.is_null() || !r.is_object() || r.object()->type != vm.types().set) return r;
  return weak_set_construct(vm, args.args[0].object()->type, CallArgs{&r, 1, nullptr});
}

Value ws_union(VM& vm, CallArgs args) { return via_set(vm, args, "union"); }
Value ws_intersection(VM& vm, CallArgs args) { return via_set(vm, args, "intersection"); }
Value ws_difference(VM& vm, CallArgs args) { return via_set(vm, args, "difference"); }
Value ws_symmetric_difference(VM& vm, CallArgs args) {
  return via_set(vm, args, "symmetric_difference");
}
Value ws_issubset(VM& vm, CallArgs args) { return via_set(vm, args, "issubset"); }
Value ws_issuperset(VM& vm, CallArgs args) { return via_set(vm, args, "issuperset"); }
Value ws_isdisjoint(VM& vm, CallArgs args) { return via_set(vm, args, "isdisjoint"); }

Type* make_weak_set_type(VM& vm) {
  Type* t = new_native_type(vm, "WeakSet", sizeof(WeakSet));
  t->trace = trace_weak_set;
  t->construct = weak_set_construct;
  t->contains = weak_set_contains;
  t->length = weak_set_length;
  t->iter = weak_set_iter;
  t->repr = weak_set_repr;
  t->richcompare = ws_compare;
  t->hash = nullptr;
  add_method(vm, t, "add", ws_add, 1, 1);
  add_method(vm, t, "discard", ws_discard, 1, 1);
  add_method(vm, t, "remove", ws_remove, 1, 1);
  add_method(vm, t, "pop", ws_pop, 0, 0);
  add_method(vm, t, "clear", ws_clear, 0, 0);
  add_method(vm, t, "copy", ws_copy, 0, 0);
  add_method(vm, t, "update", ws_update, 0, -1);
  add_method(vm, t, "union", ws_union, 1, 1);
  add_method(vm, t, "intersection", ws_intersection, 1, 1);
  add_method(vm, t, "difference", ws_difference, 1, 1);
  add_method(vm, t, "symmetric_difference", ws_symmetric_difference, 1, 1);
  add_method(vm, t, "issubset", ws_issubset, 1, 1);
  add_method(vm, t, "issuperset", ws_issuperset, 1, 1);
  add_method(vm, t, "isdisjoint", ws_isdisjoint, 1, 1);
  return t;
}

// ---- WeakMethod

struct WeakMethod : Object {
  Value self_ref;  // WeakRef to __self__, owned by this WeakMethod
  Value func_ref;  // WeakRef to __func__, owned by this WeakMethod
  Value callback;  // null once called, or when none was given
};

void trace_weak_method(Object* self, Tracer& tracer) {
  auto* m = static_cast<WeakMethod*>(self);
  tracer.visit(m->self_ref);
  tracer.visit(m->func_ref);
  tracer.visit(m->callback);
}

Value weak_method_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.npos < 1 || args.npos > 2 || (args.kwnames != nullptr && args.kwnames->length > 0)) {
    return raise_type_error(vm, "WeakMethod expected 1 or 2 positional arguments");
  }
  Value meth = args.args[0];
  Value obj, func;
  if (meth.is_object() && meth.object()->type == vm.types().method) {
    obj = meth.as<Method>()->self;
    func = meth.as<Method>()->function;
  } else {
    obj = get_attr(vm, meth, vm.intern("__self__"));
    func = obj.is_null() ? obj : get_attr(vm, meth, vm.intern("__func__"));
  }
  if (func.is_null()) {
    if (!exception_matches(vm, vm.types().attribute_error)) return func;
    vm.clear_exception();
    Value type_repr = repr(vm, Value::from_object(type_of(vm, meth)));
    if (type_repr.is_null()) return type_repr;
    return raise_type_error(
        vm, "argument should be a bound method, not " + str_to_utf8(type_repr.as<Str>()));
  }
  auto* m = vm.allocate<WeakMethod>(cls);
  Value self = Value::from_object(m);
  WeakrefState& state = weakref_state(vm);
  Value self_ref = weakref_new(vm, state.ref_type, obj, Value::null(), m, Value::null());
  if (self_ref.is_null()) return self_ref;
  vm.store(m, &m->self_ref, self_ref);
  Value func_ref = weakref_new(vm, state.ref_type, func, Value::null(), m, Value::null());
  if (func_ref.is_null()) return func_ref;
  vm.store(m, &m->func_ref, func_ref);
  if (args.npos > 1 && args.args[1] != vm.none()) vm.store(m, &m->callback, args.args[1]);
  return self;
}

Value weak_method_call(VM& vm, Value self, CallArgs args) {
  if (args.npos != 0 || (args.kwnames != nullptr && args.kwnames->length > 0)) {
    return raise_type_error(vm, "WeakMethod() takes no arguments");
  }
  auto* m = self.as<WeakMethod>();
  Value obj = weakref_get(m->self_ref);
  Value func = weakref_get(m->func_ref);
  if (obj.is_null() || func.is_null()) return vm.none();
  return Value::from_object(method_new(vm, func, obj));
}

Value weak_method_repr(VM& vm, Value self) {
  auto* m = self.as<WeakMethod>();
  char text[64];
  std::snprintf(text, sizeof(text), "%p", static_cast<void*>(self.object()));
  bool dead = weakref_get(m->self_ref).is_null() || weakref_get(m->func_ref).is_null();
  std::string out = std::string("<weakref at ") + text + "; ";
  out += dead ? "dead>" : "to 'method'>";
  return Value::from_object(str_from_utf8(vm, out));
}

Value weak_method_compare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || b.object()->type != a.object()->type) {
    return vm.not_implemented();
  }
  auto* x = a.as<WeakMethod>();
  auto* y = b.as<WeakMethod>();
  bool x_dead = weakref_get(x->self_ref).is_null() || weakref_get(x->func_ref).is_null();
  bool y_dead = weakref_get(y->self_ref).is_null() || weakref_get(y->func_ref).is_null();
  bool equal = (x_dead || y_dead) ? a == b
                                  : weakref_get(x->self_ref) == weakref_get(y->self_ref) &&
                                        weakref_get(x->func_ref) == weakref_get(y->func_ref);
  return vm.bool_value(op == CompareOp::kEq ? equal : !equal);
}

Type* make_weak_method_type(VM& vm) {
  Type* t = new_native_type(vm, "WeakMethod", sizeof(WeakMethod));
  t->trace = trace_weak_method;
  t->construct = weak_method_construct;
  t->call = weak_method_call;
  t->repr = weak_method_repr;
  t->richcompare = weak_method_compare;
  t->hash = nullptr;
  return t;
}

}  // namespace

bool weak_set_owner_cleared(VM& vm, WeakRef* ref) {
  WeakrefState& state = weakref_state(vm);
  Type* owner_type = ref->owner->type;
  if (owner_type == state.weak_set_type) {
    if (dict_del(vm, set_data(Value::from_object(ref->owner)), Value::from_object(ref)) < 0) {
      vm.clear_exception();
    }
    return true;
  }
  if (owner_type != state.weak_method_type) return false;
  auto* m = static_cast<WeakMethod*>(ref->owner);
  Value callback = m->callback;
  if (callback.is_null()) return true;
  vm.store(m, &m->callback, Value::null());
  Value self = Value::from_object(m);
  Value r = call_positional(vm, callback, &self, 1);
  if (r.is_null()) report_unraisable(vm, callback);
  return true;
}

void init_weak_set_types(VM& vm, WeakrefState& state) {
  state.weak_set_type = make_weak_set_type(vm);
  state.weak_method_type = make_weak_method_type(vm);
}

}  // namespace pyvm::runtime
