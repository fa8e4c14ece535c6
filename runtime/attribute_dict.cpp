// The live __dict__ view of shape-stored attributes (see runtime/attribute_dict.h).
// Reads work on a fresh dict snapshot of the attributes; mutating methods run
// on a snapshot and write the result back, so every dict method behaves as on
// a dict while the attributes stay in their shape.
#include "runtime/attribute_dict.h"

#include <string>

#include "gc/heap.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

Object* owner_of(Value view) { return view.as<AttributeDict>()->owner.object(); }

Dict* snapshot(VM& vm, Value view) {
  return attributes_dict_copy(vm, attributes_of(owner_of(view)));
}

bool check_key(VM& vm, Value key) {
  if (key.is_object() && key.object()->type == vm.types().str) return true;
  raise(vm, vm.types().not_implemented_error,
        "pyvm supports only str keys in an instance __dict__ (got '" + type_name(vm, key) + "')");
  return false;
}

// Replaces the object's (non-__slots__) attributes by the items of `d`.
bool write_back(VM& vm, Value view, Dict* d) {
  gc::RootedValues items(vm.heap());
  int64_t pos = 0;
  Value key, value;
  while (dict_next(d, &pos, &key, &value)) {
    if (!check_key(vm, key)) return false;
    items.push_back(key);
    items.push_back(value);
  }
  Object* owner = owner_of(view);
  Attributes* attributes = attributes_of(owner);
  attributes_clear_dict(vm, owner, attributes);
  for (size_t i = 0; i < items.size(); i += 2) {
    attributes_set(vm, owner, attributes, vm.intern(items[i].as<Str>()), items[i + 1]);
  }
  return true;
}

void trace_view(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<AttributeDict*>(self)->owner);
}

Value view_repr(VM& vm, Value self) { return repr(vm, Value::from_object(snapshot(vm, self))); }

int64_t view_length(VM& vm, Value self) {
  return length(vm, Value::from_object(snapshot(vm, self)));
}

Value view_getitem(VM& vm, Value self, Value key) {
  return get_item(vm, Value::from_object(snapshot(vm, self)), key);
}

int view_setitem(VM& vm, Value self, Value key, Value value) {
  if (!check_key(vm, key)) return -1;
  Object* owner = owner_of(self);
  Attributes* attributes = attributes_of(owner);
  Str* name = vm.intern(key.as<Str>());
  if (!value.is_null()) {
    attributes_set(vm, owner, attributes, name, value);
    return 0;
  }
  if (attributes_delete(vm, owner, attributes, name) == 1) return 0;
  raise_value(vm, exception_new(vm, vm.types().key_error, tuple_from(vm, &key, 1)));
  return -1;
}

int view_contains(VM& vm, Value self, Value key) {
  return contains(vm, Value::from_object(snapshot(vm, self)), key);
}

Value view_iter(VM& vm, Value self) { return get_iter(vm, Value::from_object(snapshot(vm, self))); }

Value view_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (other.is_object() && other.object()->type == vm.types().attribute_dict) {
    other = Value::from_object(snapshot(vm, other));
  }
  return rich_compare(vm, Value::from_object(snapshot(vm, self)), other, op);
}

// a | b with a view on either side: as for dicts, over the snapshots.
Value view_binary(VM& vm, BinaryOp op, Value a, Value b) {
  return vm.types().dict->binary(vm, op, attribute_dict_as_dict(vm, a),
                                 attribute_dict_as_dict(vm, b));
}

// view |= other: the attributes updated from `other`, the view returned.
Value view_inplace(VM& vm, BinaryOp op, Value self, Value other) {
  if (op != BinaryOp::kOr) return vm.not_implemented();
  Dict* d = snapshot(vm, self);
  if (dict_merge_from(vm, d, other) < 0 || !write_back(vm, self, d)) return Value::null();
  return self;
}

const char* const kMutators[] = {"update", "pop", "setdefault", "popitem", "clear"};

// d.<mutator>(...) on a snapshot, then written back to the object.
template <int kIndex>
Value mutate(VM& vm, CallArgs args) {
  Value view = args.args[0];
  Value d = Value::from_object(snapshot(vm, view));
  Value method = get_attr(vm, d, vm.intern(kMutators[kIndex]));
  if (method.is_null()) return method;
  Value r = call(vm, method, CallArgs{args.args + 1, args.npos - 1, args.kwnames});
  if (r.is_null() || !write_back(vm, view, d.as<Dict>())) return Value::null();
  return r;
}

const NativeFn kMutatorFns[] = {mutate<0>, mutate<1>, mutate<2>, mutate<3>, mutate<4>};

Value view_getattr(VM& vm, Value self, Str* name) {
  for (int i = 0; i < 5; ++i) {
    if (!str_equals_ascii(name, kMutators[i])) continue;
    NativeFunction* f = native_function_new(vm, kMutators[i], kMutatorFns[i], 0, -1,
                                            kNativeMethod | kNativeKeywords);
    vm.store(f, &f->self, self);
    return Value::from_object(f);
  }
  if (str_equals_ascii(name, "__class__")) return Value::from_object(vm.types().dict);
  return get_attr(vm, Value::from_object(snapshot(vm, self)), name);
}

}  // namespace

Value attribute_dict_new(VM& vm, Value owner) {
  auto* view = vm.allocate<AttributeDict>(vm.types().attribute_dict);
  vm.store(view, &view->owner, owner);
  return Value::from_object(view);
}

Value attribute_dict_as_dict(VM& vm, Value v) {
  if (!v.is_object() || v.object()->type != vm.types().attribute_dict) return v;
  return Value::from_object(snapshot(vm, v));
}

void init_attribute_dict_type(VM& vm) {
  Type* t = vm.types().attribute_dict;
  t->instance_size = sizeof(AttributeDict);
  t->trace = trace_view;
  t->repr = view_repr;
  t->length = view_length;
  t->getitem = view_getitem;
  t->setitem = view_setitem;
  t->contains = view_contains;
  t->iter = view_iter;
  t->richcompare = view_richcompare;
  t->binary = view_binary;
  t->inplace = view_inplace;
  t->getattr = view_getattr;
}

}  // namespace pyvm::runtime
