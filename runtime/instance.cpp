// Shapes and user-class instances (see runtime/instance.h).
#include "runtime/instance.h"

#include <cstdlib>
#include <cstring>
#include <vector>

#include "runtime/dict.h"
#include "runtime/str.h"
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

void ensure_capacity(Instance* instance, int64_t needed) {
  if (needed <= instance->capacity) return;
  int64_t capacity = instance->capacity == 0 ? 4 : instance->capacity * 2;
  while (capacity < needed) capacity *= 2;
  void* p = std::realloc(instance->slots, static_cast<size_t>(capacity) * sizeof(Value));
  if (p == nullptr) {
    std::fputs("pyvm: out of memory\n", stderr);
    std::exit(1);
  }
  instance->slots = static_cast<Value*>(p);
  instance->capacity = capacity;
}

}  // namespace

void trace_instance(Object* self, Tracer& tracer) {
  auto* instance = static_cast<Instance*>(self);
  tracer.visit(instance->shape);
  if (instance->shape == nullptr) return;
  for (int64_t i = 0; i < instance->shape->count; ++i) tracer.visit(instance->slots[i]);
}

void finalize_instance(Object* self) {
  auto* instance = static_cast<Instance*>(self);
  std::free(instance->slots);
  instance->slots = nullptr;
}

Shape* root_shape(VM& vm) {
  if (vm.root_shape == nullptr) vm.root_shape = shape_new(vm, nullptr, nullptr);
  return static_cast<Shape*>(vm.root_shape);
}

int64_t shape_lookup(const Shape* shape, const Str* name) {
  for (const Shape* s = shape; s != nullptr && s->key != nullptr; s = s->parent) {
    if (s->key == name) return s->index;
  }
  return -1;
}

Instance* instance_new(VM& vm, Type* cls) {
  auto* instance = static_cast<Instance*>(vm.allocate(cls, sizeof(Instance)));
  vm.store_ref(instance, &instance->shape, root_shape(vm));
  return instance;
}

Value instance_get(Instance* instance, Str* name) {
  int64_t index = shape_lookup(instance->shape, name);
  return index < 0 ? Value::null() : instance->slots[index];
}

void instance_set(VM& vm, Instance* instance, Str* name, Value value) {
  int64_t index = shape_lookup(instance->shape, name);
  if (index >= 0) {
    vm.store(instance, &instance->slots[index], value);
    return;
  }
  Shape* next = shape_transition(vm, instance->shape, name);
  ensure_capacity(instance, next->count);
  vm.store(instance, &instance->slots[next->index], value);
  vm.store_ref(instance, &instance->shape, next);
}

int instance_delete(VM& vm, Instance* instance, Str* name) {
  int64_t index = shape_lookup(instance->shape, name);
  if (index < 0) return 0;
  // Rebuild along a fresh path without `name`: keys in slot order.
  std::vector<Str*> keys(static_cast<size_t>(instance->shape->count));
  for (Shape* s = instance->shape; s->key != nullptr; s = s->parent) keys[s->index] = s->key;
  Shape* shape = root_shape(vm);
  int64_t out = 0;
  for (int64_t i = 0; i < static_cast<int64_t>(keys.size()); ++i) {
    if (i == index) continue;
    shape = shape_transition(vm, shape, keys[i]);
    instance->slots[out++] = instance->slots[i];
  }
  vm.store_ref(instance, &instance->shape, shape);
  vm.heap().remember_if_old(instance);
  return 1;
}

Dict* instance_dict_copy(VM& vm, Instance* instance) {
  Dict* d = dict_new(vm);
  std::vector<Str*> keys(static_cast<size_t>(instance->shape->count));
  for (Shape* s = instance->shape; s->key != nullptr; s = s->parent) keys[s->index] = s->key;
  for (size_t i = 0; i < keys.size(); ++i) dict_set_str(vm, d, keys[i], instance->slots[i]);
  return d;
}

void init_instance_types(VM& vm) {
  Type* shape = vm.types().shape;
  shape->instance_size = sizeof(Shape);
  shape->trace = trace_shape;
}

}  // namespace pyvm::runtime
