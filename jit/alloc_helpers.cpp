// Allocation helpers for compiled traces (see jit/alloc_helpers.h).
#include "jit/alloc_helpers.h"

#include <cstddef>

#include "gc/heap.h"
#include "runtime/instance.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::jit {

uint64_t helper_new_instance(vm::VM* vm, runtime::Object* cls) {
  auto* user = static_cast<runtime::UserType*>(cls);
  return Value::from_object(runtime::instance_new(*vm, user, user->initial_shape)).raw();
}

bool instance_fast_layout(vm::VM* vm, runtime::Object* cls, InstanceFastLayout* out) {
  auto* user = static_cast<runtime::UserType*>(cls);
  runtime::Shape* initial = user->initial_shape;
  uint32_t count = user->inline_slots;
  if (count == 0 || initial == nullptr || initial->count > count || user->finalize != nullptr)
    return false;
  uint64_t bytes = sizeof(runtime::Instance) + uint64_t{count} * sizeof(Value);
  if (bytes > gc::size_classes::kMaxFineBytes) return false;
  (void)vm;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  constexpr auto attributes = static_cast<int32_t>(offsetof(runtime::Instance, attributes));
  out->bytes = bytes;
  out->shape = reinterpret_cast<uint64_t>(initial);
  out->capacity = count;
  out->shape_offset = attributes + static_cast<int32_t>(offsetof(runtime::Attributes, shape));
  out->slots_offset = attributes + static_cast<int32_t>(offsetof(runtime::Attributes, slots));
  out->capacity_offset = attributes + static_cast<int32_t>(offsetof(runtime::Attributes, capacity));
  out->first_slot_offset = static_cast<int32_t>(sizeof(runtime::Instance));
  static_assert(offsetof(runtime::Attributes, inline_capacity) ==
                offsetof(runtime::Attributes, capacity) + sizeof(uint32_t));
#pragma GCC diagnostic pop
  return true;
}

bool slot_add_fast_layout(runtime::Object* next, SlotAddFastLayout* out) {
  auto* shape = static_cast<runtime::Shape*>(next);
  if (shape->index < 0 || shape->index >= (int64_t{1} << 24)) return false;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  constexpr auto attributes = static_cast<int32_t>(offsetof(runtime::Instance, attributes));
  out->index = static_cast<int32_t>(shape->index);
  out->shape_offset = attributes + static_cast<int32_t>(offsetof(runtime::Attributes, shape));
  out->slots_offset = attributes + static_cast<int32_t>(offsetof(runtime::Attributes, slots));
  out->capacity_offset = attributes + static_cast<int32_t>(offsetof(runtime::Attributes, capacity));
#pragma GCC diagnostic pop
  return true;
}

void helper_slot_add(vm::VM* vm, runtime::Object* instance, uint64_t value, runtime::Object* next) {
  auto* shape = static_cast<runtime::Shape*>(next);
  runtime::Attributes* a = &static_cast<runtime::Instance*>(instance)->attributes;
  if (shape->index < static_cast<int64_t>(a->capacity)) {
    vm->store(instance, &a->slots[shape->index], Value::from_raw(value));
    vm->store_ref(instance, &a->shape, shape);
    return;
  }
  // The in-object slots are full: the runtime moves them to a storage cell.
  runtime::attributes_set(*vm, instance, a, shape->key, Value::from_raw(value));
}

uint64_t helper_new_tuple(vm::VM* vm, int64_t length) {
  return Value::from_object(runtime::tuple_new(*vm, length)).raw();
}

void helper_tuple_init(vm::VM* vm, runtime::Object* tuple, int64_t index, uint64_t value) {
  runtime::tuple_init_item(*vm, static_cast<runtime::Tuple*>(tuple), index, Value::from_raw(value));
}

}  // namespace pyvm::jit
