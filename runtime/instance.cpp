// Shapes and user-class instances (see runtime/instance.h).
#include "runtime/instance.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/dict.h"
#include "runtime/storage.h"
#include "runtime/str.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

void trace_shape(Object* self, Tracer& tracer) {
  auto* shape = static_cast<Shape*>(self);
  tracer.visit(shape->parent);
  tracer.visit(shape->key);
  tracer.visit(shape->transitions);
}

Shape* shape_new(VM& vm, Shape* parent, Str* key) {
  auto* shape = vm.allocate<Shape>(vm.types().shape);
  vm.store_ref(shape, &shape->parent, parent);
  vm.store_ref(shape, &shape->key, key);
  shape->index = parent == nullptr ? -1 : parent->count;
  shape->count = parent == nullptr ? 0 : parent->count + 1;
  shape->fixed = parent == nullptr ? 0 : parent->fixed;
  return shape;
}

// The child of `shape` that adds `key`, created and cached on first use.
Shape* shape_transition(VM& vm, Shape* shape, Str* key) {
  if (shape->transitions == nullptr) vm.store_ref(shape, &shape->transitions, dict_new(vm));
  Value existing = dict_get_str(vm, shape->transitions, key);
  if (!existing.is_null()) return existing.as<Shape>();
  Shape* child = shape_new(vm, shape, key);
  dict_set_str(vm, shape->transitions, key, Value::from_object(child));
  return child;
}

// In-object slots given to instances of a class that has not shown its size
// yet, and the most given to any.
constexpr uint32_t kDefaultInlineSlots = 4;
constexpr uint32_t kMaxInlineSlots = 16;

bool slots_are_inline(const Attributes* attributes) {
  return attributes->inline_capacity != 0 &&
         attributes->slots == inline_slots(const_cast<Attributes*>(attributes));
}

// Records that an instance of `holder`'s class needed `count` slots, so that
// later instances get them in the object.
void note_slot_count(Object* holder, int64_t count) {
  UserType* cls = as_user_type(holder->type);
  if (cls == nullptr || cls->attributes_offset != sizeof(Object)) return;
  uint32_t wanted = static_cast<uint32_t>(std::min<int64_t>(count, kMaxInlineSlots));
  cls->inline_slots = std::max(cls->inline_slots, wanted);
}

// Moves the slots to an owned storage cell of at least `needed` Values.
void ensure_capacity(VM& vm, Object* holder, Attributes* attributes, int64_t needed) {
  if (needed <= attributes->capacity) return;
  note_slot_count(holder, needed);
  int64_t capacity = attributes->capacity < 4 ? 4 : attributes->capacity * 2;
  while (capacity < needed) capacity *= 2;
  auto* slots = static_cast<Value*>(
      storage_allocate(vm, holder, static_cast<size_t>(capacity) * sizeof(Value)));
  // The cell is as old as its owner, so copying needs no barrier.
  int64_t used = attributes->shape == nullptr ? 0 : attributes->shape->count;
  if (used > 0) std::memcpy(slots, attributes->slots, static_cast<size_t>(used) * sizeof(Value));
  if (!slots_are_inline(attributes)) storage_release(vm, attributes->slots);
  attributes->slots = slots;
  attributes->capacity = static_cast<uint32_t>(capacity);
}

// The class's initial shape below `shape` (its fixed __slots__ part).
Shape* fixed_part(Shape* shape) {
  while (shape->count > shape->fixed) shape = shape->parent;
  return shape;
}

}  // namespace

void trace_attributes(const Attributes* attributes, Tracer& tracer) {
  tracer.visit(attributes->shape);
  if (!slots_are_inline(attributes)) trace_storage(attributes->slots, tracer);
  if (attributes->shape == nullptr) return;
  for (int64_t i = 0; i < attributes->shape->count; ++i) tracer.visit(attributes->slots[i]);
}

void trace_instance(Object* self, Tracer& tracer) {
  trace_attributes(&static_cast<Instance*>(self)->attributes, tracer);
}

Shape* root_shape(VM& vm) {
  if (vm.root_shape == nullptr) vm.root_shape = shape_new(vm, nullptr, nullptr);
  return static_cast<Shape*>(vm.root_shape);
}

int64_t shape_lookup(const Shape* shape, const Str* name) {
  if (name->is_interned) {
    for (const Shape* s = shape; s != nullptr && s->key != nullptr; s = s->parent) {
      if (s->key == name) return s->index;
    }
    return -1;
  }
  // A name built at run time (getattr(o, 'a%d' % i)): compare contents.
  for (const Shape* s = shape; s != nullptr && s->key != nullptr; s = s->parent) {
    if (str_equal(s->key, name)) return s->index;
  }
  return -1;
}

Shape* slots_shape(VM& vm, Shape* base, Str* const* names, int64_t count) {
  std::vector<Str*> keys;
  if (base != nullptr && base->fixed > 0) {
    keys.resize(static_cast<size_t>(base->fixed));
    const Shape* s = base;
    while (s->count > base->fixed) s = s->parent;
    shape_keys(s, keys.data());
  }
  for (int64_t i = 0; i < count; ++i) keys.push_back(names[i]);
  Shape* shape = shape_new(vm, nullptr, nullptr);
  for (Str* key : keys) {
    shape = shape_transition(vm, shape, key);
    shape->fixed = shape->count;
  }
  return shape;
}

void shape_keys(const Shape* shape, Str** out) {
  for (const Shape* s = shape; s->key != nullptr; s = s->parent) out[s->index] = s->key;
}

void attributes_init(VM& vm, Object* holder, Attributes* attributes, Shape* initial) {
  // New slots are null already (zeroed memory).
  ensure_capacity(vm, holder, attributes, initial->count);
  vm.store_ref(holder, &attributes->shape, initial);
}

Instance* instance_new(VM& vm, Type* cls, Shape* initial) {
  UserType* user = as_user_type(cls);
  uint32_t hint =
      user != nullptr && user->inline_slots != 0 ? user->inline_slots : kDefaultInlineSlots;
  uint32_t count = std::max(hint, static_cast<uint32_t>(std::min<int64_t>(initial->count, 64)));
  auto* instance =
      static_cast<Instance*>(vm.allocate(cls, sizeof(Instance) + count * sizeof(Value)));
  Attributes* attributes = &instance->attributes;
  attributes->slots = inline_slots(attributes);
  attributes->capacity = count;
  attributes->inline_capacity = count;
  attributes_init(vm, instance, attributes, initial);
  return instance;
}

Value attributes_get(const Attributes* attributes, Str* name) {
  int64_t index = shape_lookup(attributes->shape, name);
  return index < 0 ? Value::null() : attributes->slots[index];
}

void attributes_set(VM& vm, Object* holder, Attributes* attributes, Str* name, Value value) {
  if (!name->is_interned) name = vm.intern(name);  // shape keys are interned
  int64_t index = shape_lookup(attributes->shape, name);
  if (index >= 0) {
    vm.store(holder, &attributes->slots[index], value);
    return;
  }
  Shape* next = shape_transition(vm, attributes->shape, name);
  ensure_capacity(vm, holder, attributes, next->count);
  vm.store(holder, &attributes->slots[next->index], value);
  vm.store_ref(holder, &attributes->shape, next);
}

int attributes_delete(VM& vm, Object* holder, Attributes* attributes, Str* name) {
  Shape* old = attributes->shape;
  int64_t index = shape_lookup(old, name);
  if (index < old->fixed) return 0;  // absent, or a __slots__ entry
  // Rebuild from the class's initial shape without `name`: keys in slot order.
  std::vector<Str*> keys(static_cast<size_t>(old->count));
  shape_keys(old, keys.data());
  Shape* shape = fixed_part(old);
  int64_t out = shape->count;
  for (int64_t i = out; i < static_cast<int64_t>(keys.size()); ++i) {
    if (i == index) continue;
    shape = shape_transition(vm, shape, keys[i]);
    attributes->slots[out++] = attributes->slots[i];
  }
  vm.store_ref(holder, &attributes->shape, shape);
  vm.heap().remember_if_old(holder);
  return 1;
}

Dict* attributes_dict_copy(VM& vm, const Attributes* attributes) {
  Dict* d = dict_new(vm);
  const Shape* shape = attributes->shape;
  std::vector<Str*> keys(static_cast<size_t>(shape->count));
  shape_keys(shape, keys.data());
  for (size_t i = static_cast<size_t>(shape->fixed); i < keys.size(); ++i) {
    dict_set_str(vm, d, keys[i], attributes->slots[i]);
  }
  return d;
}

void attributes_clear_dict(VM& vm, Object* holder, Attributes* attributes) {
  vm.store_ref(holder, &attributes->shape, fixed_part(attributes->shape));
}

void init_instance_types(VM& vm) {
  Type* shape = vm.types().shape;
  shape->instance_size = sizeof(Shape);
  shape->trace = trace_shape;
}

}  // namespace pyvm::runtime
