// weakref.ref objects and proxies, and the registry of refs per referent
// (see runtime/weakref.h).
#include "runtime/weakref.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/user_class.h"
#include "vm/traceback.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

std::string address_of(const void* p) {
  char text[32];
  std::snprintf(text, sizeof(text), "%p", p);
  return text;
}

WeakRef* as_ref(Value v) { return v.as<WeakRef>(); }

bool is_proxy_type(WeakrefState& state, Type* t) {
  return t == state.proxy_type || t == state.callable_proxy_type;
}

// A "basic" ref or proxy is the one CPython shares between every caller that
// asks for a ref (or proxy) of the exact type without a callback.
bool is_basic(WeakRef* ref, Type* type) {
  return ref->type == type && ref->callback.is_null() && ref->owner == nullptr;
}

void trace_weakref(Object* self, Tracer& tracer) {
  auto* ref = static_cast<WeakRef*>(self);
  // `referent` is weak: deliberately not visited.
  tracer.visit(ref->callback);
  tracer.visit(ref->owner);
  tracer.visit(ref->key);
}

// Swept: the registry must not keep a dangling pointer to the ref.
void finalize_weakref(Object* self) {
  auto* ref = static_cast<WeakRef*>(self);
  if (ref->state != nullptr) ref->state->unlist(ref);
}

// Where a new ref goes in its referent's list: CPython keeps the basic ref
// first, the basic proxy next, and inserts every other ref right after them.
void list_ref(WeakrefState& state, WeakRef* ref) {
  std::vector<WeakRef*>& refs = state.registry[ref->listed_for];
  auto leading_basic = [&](size_t i, Type* type) {
    return i < refs.size() && refs[i]->referent == ref->referent && is_basic(refs[i], type);
  };
  size_t position = 0;
  if (is_basic(ref, state.ref_type)) {
    position = 0;
  } else if (is_basic(ref, ref->type)) {  // the basic proxy
    position = leading_basic(0, state.ref_type) ? 1 : 0;
  } else {
    if (leading_basic(position, state.ref_type)) ++position;
    if (leading_basic(position, state.proxy_type) ||
        leading_basic(position, state.callable_proxy_type)) {
      ++position;
    }
  }
  refs.insert(refs.begin() + static_cast<std::ptrdiff_t>(position), ref);
  ref->state = &state;
}

// The live refs listed for `referent`, in registry order.
void live_refs(WeakrefState& state, Object* referent, gc::RootedValues* out) {
  auto it = state.registry.find(referent);
  if (it == state.registry.end()) return;
  for (WeakRef* ref : it->second) {
    if (ref->referent == Value::from_object(referent)) out->push_back(Value::from_object(ref));
  }
}

Value reuse_basic(WeakrefState& state, Type* type, Value referent) {
  auto it = state.registry.find(referent.object());
  if (it == state.registry.end()) return Value::null();
  for (WeakRef* ref : it->second) {
    if (ref->referent == referent && is_basic(ref, type)) return Value::from_object(ref);
  }
  return Value::null();
}

Value ref_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "ref() takes no keyword arguments");
  }
  if (args.npos < 1 || args.npos > 2) {
    return raise_type_error(
        vm, "__new__ expected at most 2 arguments, got " + std::to_string(args.npos));
  }
  Value callback = args.npos == 2 ? args.args[1] : Value::null();
  return weakref_new(vm, cls, args.args[0], callback, nullptr, Value::null());
}

Value ref_call(VM& vm, Value self, CallArgs args) {
  if (args.npos != 0 || (args.kwnames != nullptr && args.kwnames->length > 0)) {
    return raise_type_error(vm, "weakref() takes no arguments");
  }
  Value referent = as_ref(self)->referent;
  return referent.is_null() ? vm.none() : referent;
}

int64_t ref_hash(VM& vm, Value self) {
  WeakRef* ref = as_ref(self);
  if (ref->hash != -1) return ref->hash;
  if (ref->referent.is_null()) {
    raise_type_error(vm, "weak object has gone away");
    return -1;
  }
  int64_t h = hash(vm, ref->referent);
  if (h != -1) ref->hash = h;
  return h;
}

Value ref_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  WeakrefState& state = weakref_state(vm);
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !other.is_object() ||
      !is_subtype(other.object()->type, state.ref_type)) {
    return vm.not_implemented();
  }
  Value a = as_ref(self)->referent;
  Value b = as_ref(other)->referent;
  if (a.is_null() || b.is_null()) {
    bool same = self == other;
    return vm.bool_value(op == CompareOp::kEq ? same : !same);
  }
  return rich_compare(vm, a, b, op);
}

Value ref_repr(VM& vm, Value self) {
  WeakRef* ref = as_ref(self);
  std::string text = "<weakref at " + address_of(ref) + "; ";
  if (ref->referent.is_null()) {
    text += "dead>";
  } else {
    text +=
        "to '" + type_name(vm, ref->referent) + "' at " + address_of(ref->referent.object()) + ">";
  }
  return Value::from_object(str_from_utf8(vm, text));
}

Value ref_getattr(VM& vm, Value self, Str* name) {
  if (str_equals_ascii(name, "__callback__")) {
    Value callback = as_ref(self)->callback;
    return callback.is_null() ? vm.none() : callback;
  }
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (found.is_null()) return raise_attribute_error(vm, self, name);
  return bind_attribute(vm, found, self, type);
}

// ---- proxies: every operation goes to the referent, or raises ReferenceError

Value dead_proxy(VM& vm) {
  return raise(vm, vm.types().reference_error, "weakly-referenced object no longer exists");
}

// The referent of a proxy operand, or the operand itself; null (with
// ReferenceError raised) for a dead proxy.
Value unwrap(VM& vm, Value v) {
  if (!v.is_object() || !is_proxy_type(weakref_state(vm), v.object()->type)) return v;
  Value referent = as_ref(v)->referent;
  return referent.is_null() ? dead_proxy(vm) : referent;
}

Value proxy_getattr(VM& vm, Value self, Str* name) {
  Value o = unwrap(vm, self);
  return o.is_null() ? o : get_attr(vm, o, name);
}

int proxy_setattr(VM& vm, Value self, Str* name, Value value) {
  Value o = unwrap(vm, self);
  return o.is_null() ? -1 : set_attr(vm, o, name, value);
}

Value proxy_repr(VM& vm, Value self) {
  WeakRef* ref = as_ref(self);
  std::string text = "<weakproxy at " + address_of(ref) + " ";
  if (ref->referent.is_null()) {
    text += "dead>";
  } else {
    text +=
        "to " + type_name(vm, ref->referent) + " at " + address_of(ref->referent.object()) + ">";
  }
  return Value::from_object(str_from_utf8(vm, text));
}

Value proxy_str(VM& vm, Value self) {
  Value o = unwrap(vm, self);
  return o.is_null() ? o : str(vm, o);
}

Value proxy_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  Value a = unwrap(vm, self);
  if (a.is_null()) return a;
  Value b = unwrap(vm, other);
  return b.is_null() ? b : rich_compare(vm, a, b, op);
}

Value proxy_binary(VM& vm, BinaryOp op, Value a, Value b) {
  Value x = unwrap(vm, a);
  if (x.is_null()) return x;
  Value y = unwrap(vm, b);
  return y.is_null() ? y : binary_op(vm, op, x, y);
}

Value proxy_unary(VM& vm, UnaryOp op, Value self) {
  Value o = unwrap(vm, self);
  return o.is_null() ? o : unary_op(vm, op, o);
}

int proxy_truth(VM& vm, Value self) {
  Value o = unwrap(vm, self);
  return o.is_null() ? -1 : truth(vm, o);
}

int64_t proxy_length(VM& vm, Value self) {
  Value o = unwrap(vm, self);
  return o.is_null() ? -1 : length(vm, o);
}

Value proxy_getitem(VM& vm, Value self, Value key) {
  Value o = unwrap(vm, self);
  return o.is_null() ? o : get_item(vm, o, key);
}

int proxy_setitem(VM& vm, Value self, Value key, Value value) {
  Value o = unwrap(vm, self);
  if (o.is_null()) return -1;
  return value.is_null() ? del_item(vm, o, key) : set_item(vm, o, key, value);
}

int proxy_contains(VM& vm, Value self, Value item) {
  Value o = unwrap(vm, self);
  return o.is_null() ? -1 : contains(vm, o, item);
}

Value proxy_iter(VM& vm, Value self) {
  Value o = unwrap(vm, self);
  return o.is_null() ? o : get_iter(vm, o);
}

Value proxy_next(VM& vm, Value self) {
  Value o = unwrap(vm, self);
  return o.is_null() ? o : iter_next(vm, o);
}

Value proxy_call(VM& vm, Value self, CallArgs args) {
  Value o = unwrap(vm, self);
  return o.is_null() ? o : call(vm, o, args);
}

int64_t proxy_hash(VM& vm, Value self) {
  raise_type_error(vm, "unhashable type: '" + type_name(vm, self) + "'");
  return -1;
}

void install_proxy_slots(Type* t) {
  t->getattr = proxy_getattr;
  t->setattr = proxy_setattr;
  t->repr = proxy_repr;
  t->str = proxy_str;
  t->hash = proxy_hash;
  t->richcompare = proxy_richcompare;
  t->binary = proxy_binary;
  t->unary = proxy_unary;
  t->truth = proxy_truth;
  t->length = proxy_length;
  t->getitem = proxy_getitem;
  t->setitem = proxy_setitem;
  t->contains = proxy_contains;
  t->iter = proxy_iter;
  t->next = proxy_next;
}

Value one_referent_arg(VM& vm, CallArgs args, const char* name) {
  if (args.npos != 1 || (args.kwnames != nullptr && args.kwnames->length > 0)) {
    return raise_type_error(vm, std::string(name) + "() takes exactly one argument (" +
                                    std::to_string(args.npos) + " given)");
  }
  return args.args[0];
}

// Calls the callbacks of the cleared refs of one referent, in list order.
void call_callbacks(VM& vm, gc::RootedValues& refs) {
  for (Value v : refs) {
    WeakRef* ref = as_ref(v);
    if (ref->callback.is_null()) continue;
    Value callback = ref->callback;
    ref->callback = Value::null();  // called at most once, as CPython clears it
    if (callback == vm.none()) continue;
    Value r = call_positional(vm, callback, &v, 1);
    if (r.is_null()) report_unraisable(vm, callback);
  }
}

}  // namespace

void WeakrefState::trace(Tracer& tracer) {
  tracer.visit(ref_type);
  tracer.visit(proxy_type);
  tracer.visit(callable_proxy_type);
  tracer.visit(value_dict_type);
  tracer.visit(key_dict_type);
  tracer.visit(finalize_type);
  tracer.visit(del_name);
  for (Object* f : finalizers) tracer.visit_object(f);
}

void WeakrefState::unlist(WeakRef* ref) {
  ref->state = nullptr;
  auto it = registry.find(ref->listed_for);
  if (it == registry.end()) return;
  std::vector<WeakRef*>& refs = it->second;
  refs.erase(std::remove(refs.begin(), refs.end(), ref), refs.end());
  if (refs.empty()) registry.erase(it);
}

WeakrefState& weakref_state(VM& vm) { return *vm.weakref_state; }

bool is_weakrefable(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.object()->type;
  if ((t->flags & kTypeUserClass) != 0) {
    return (static_cast<UserType*>(t)->class_flags & kClassWeakrefable) != 0;
  }
  auto& types = vm.types();
  for (Type* ok : {types.type, types.function, types.builtin_function, types.method, types.set,
                   types.frozenset, types.generator, types.code, types.module}) {
    if (t == ok) return true;
  }
  WeakrefState& state = weakref_state(vm);
  return t == state.value_dict_type || t == state.key_dict_type || t == state.finalize_type;
}

bool is_weakref(VM& vm, Value v) {
  if (!v.is_object()) return false;
  WeakrefState& state = weakref_state(vm);
  Type* t = v.object()->type;
  return is_subtype(t, state.ref_type) || is_proxy_type(state, t);
}

Value weakref_new(VM& vm, Type* type, Value referent, Value callback, Object* owner, Value key) {
  WeakrefState& state = weakref_state(vm);
  if (!is_weakrefable(vm, referent)) {
    return raise_type_error(
        vm, "cannot create weak reference to '" + type_name(vm, referent) + "' object");
  }
  if (callback == vm.none()) callback = Value::null();
  if (callback.is_null() && owner == nullptr) {
    Value shared = reuse_basic(state, type, referent);
    if (!shared.is_null()) return shared;
  }
  auto* ref = vm.allocate<WeakRef>(type);
  ref->referent = referent;  // a weak slot: no write barrier needed, it is not traced
  vm.store(ref, &ref->callback, callback);
  vm.store_ref(ref, &ref->owner, owner);
  vm.store(ref, &ref->key, key);
  ref->hash = -1;
  ref->listed_for = referent.object();
  vm.heap().add_weak_slot(ref, &ref->referent);
  list_ref(state, ref);
  return Value::from_object(ref);
}

Value weakref_lookup_key(VM& vm, Value referent) {
  auto* ref = vm.allocate<WeakRef>(weakref_state(vm).ref_type);
  // Not a registered weak slot: the caller keeps `referent` alive meanwhile.
  ref->referent = referent;
  ref->hash = -1;
  return Value::from_object(ref);
}

void weakref_process_cleared(VM& vm, const std::vector<Object*>& holders) {
  WeakrefState& state = weakref_state(vm);
  gc::RootedValues keep(vm.heap());
  for (Object* holder : holders) keep.push_back(Value::from_object(holder));
  for (Value holder : keep) {
    WeakRef* first = as_ref(holder);
    if (first->state == nullptr) continue;  // handled with an earlier ref of its referent
    gc::RootedValues group(vm.heap());
    auto it = state.registry.find(first->listed_for);
    if (it != state.registry.end()) {
      for (WeakRef* ref : it->second) {
        if (ref->referent.is_null()) group.push_back(Value::from_object(ref));
      }
    }
    for (Value v : group) state.unlist(as_ref(v));
    for (Value v : group) {
      WeakRef* ref = as_ref(v);
      if (ref->owner != nullptr) weakref_owner_cleared(vm, ref);
    }
    call_callbacks(vm, group);
  }
}

void report_unraisable(VM& vm, Value where) {
  Value exception = vm.take_exception();
  Value text = repr(vm, where);
  std::string shown = text.is_null() ? "<object repr() failed>" : str_to_utf8(text.as<Str>());
  vm.clear_exception();
  std::fflush(stdout);
  std::fprintf(stderr, "Exception ignored in: %s\n", shown.c_str());
  vm::print_exception(vm, exception, stderr);
}

Type* new_native_type(VM& vm, const char* name, uint32_t instance_size) {
  auto* t = static_cast<Type*>(vm.allocate(vm.types().type, sizeof(Type)));
  init_builtin_type(vm, t, name, vm.types().object);
  t->instance_size = instance_size;
  Value chain[2] = {Value::from_object(t), Value::from_object(vm.types().object)};
  vm.store_ref(t, &t->mro, tuple_from(vm, chain, 2));
  return t;
}

void init_weakref_types(VM& vm, WeakrefState& state) {
  Type* ref = new_native_type(vm, "ReferenceType", sizeof(WeakRef));
  ref->trace = trace_weakref;
  ref->finalize = finalize_weakref;
  ref->construct = ref_construct;
  ref->call = ref_call;
  ref->hash = ref_hash;
  ref->richcompare = ref_richcompare;
  ref->repr = ref_repr;
  ref->getattr = ref_getattr;
  state.ref_type = ref;
  for (Type** slot : {&state.proxy_type, &state.callable_proxy_type}) {
    bool callable = slot == &state.callable_proxy_type;
    Type* t = new_native_type(vm, callable ? "CallableProxyType" : "ProxyType", sizeof(WeakRef));
    t->trace = trace_weakref;
    t->finalize = finalize_weakref;
    install_proxy_slots(t);
    if (callable) t->call = proxy_call;
    *slot = t;
  }
}

Value weakref_getweakrefcount(VM& vm, CallArgs args) {
  Value o = one_referent_arg(vm, args, "getweakrefcount");
  if (o.is_null()) return o;
  if (!o.is_object()) return Value::from_small_int(0);
  gc::RootedValues refs(vm.heap());
  live_refs(weakref_state(vm), o.object(), &refs);
  return Value::from_small_int(static_cast<int64_t>(refs.size()));
}

Value weakref_getweakrefs(VM& vm, CallArgs args) {
  Value o = one_referent_arg(vm, args, "getweakrefs");
  if (o.is_null()) return o;
  gc::RootedValues refs(vm.heap());
  if (o.is_object()) live_refs(weakref_state(vm), o.object(), &refs);
  return Value::from_object(list_from(vm, refs.data(), static_cast<int64_t>(refs.size())));
}

Value weakref_proxy(VM& vm, CallArgs args) {
  if (args.npos < 1 || args.npos > 2) {
    return raise_type_error(vm,
                            "proxy expected at most 2 arguments, got " + std::to_string(args.npos));
  }
  WeakrefState& state = weakref_state(vm);
  Value o = args.args[0];
  Value callback = args.npos == 2 ? args.args[1] : Value::null();
  bool callable = o.is_object() && o.object()->type->call != nullptr;
  return weakref_new(vm, callable ? state.callable_proxy_type : state.proxy_type, o, callback,
                     nullptr, Value::null());
}

}  // namespace pyvm::runtime
