// The interpreter's inline-cached paths for LOAD_GLOBAL, LOAD_ATTR,
// STORE_ATTR and LOAD_METHOD (entries in runtime/inline_cache.h).
//
// Each instruction first tries its cache entry: the `cached_*` functions
// check the entry's guards and return the answer, or report a miss (null /
// false) without side effects. A miss calls the `*_miss` function, which does
// the full lookup exactly as before and then refills the entry from the
// current state when that answer may be cached.
//
// Invariants:
//   - A hit returns exactly what the full lookup would return now: every
//     fact the answer depends on is covered by a guard (type identity and
//     version, instance shape, dict entry key, globals version).
//   - A fast path never raises and never calls Python code.
#pragma once

#include "runtime/dict.h"
#include "runtime/function.h"
#include "runtime/inline_cache.h"
#include "runtime/instance.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::vm {

using runtime::CacheKind;
using runtime::InlineCache;

// The value of the live entry `index` of `d` when its key is `name`, else null.
[[gnu::always_inline]] inline Value dict_entry_if_key(const runtime::Dict* d, uint32_t index,
                                                      const runtime::Str* name) {
  if (static_cast<int64_t>(index) >= d->entries_len) return Value::null();
  const runtime::DictEntry& e = d->entries[index];
  return e.key.is_object() && e.key.object() == name ? e.value : Value::null();
}

// The cache entry of the running instruction, or null before the first fill.
[[gnu::always_inline]] inline InlineCache* cache_at(Frame* frame, int64_t unit) {
  runtime::InlineCache* caches = frame->code->caches;
  return caches == nullptr ? nullptr : &caches[unit];
}

[[gnu::always_inline]] inline Value cached_global(const InlineCache* c, Frame* frame,
                                                  runtime::Str* name) {
  if (c == nullptr) return Value::null();
  if (c->kind == CacheKind::kGlobal) return dict_entry_if_key(frame->globals, c->index, name);
  if (c->kind == CacheKind::kBuiltin && frame->globals == c->owner &&
      frame->globals->keys_version == c->version) {
    return dict_entry_if_key(frame->builtins, c->index, name);
  }
  return Value::null();
}

// The instance-layout guard shared by the attribute kinds: `o` has the cached
// type, unchanged since the fill, and the cached shape.
[[gnu::always_inline]] inline bool instance_guard(const InlineCache* c, const runtime::Object* o) {
  return o->type == c->owner && o->type->version == c->version &&
         static_cast<const runtime::Instance*>(o)->attributes.shape == c->shape;
}

// The class-receiver guard: `o` is the cached class (its metaclass is `type`,
// so it is a Type and its version is fresh if the address was reused), unchanged.
inline bool class_guard(VM& vm, const InlineCache* c, const runtime::Object* o) {
  return o->type == vm.types().type && o == c->owner &&
         static_cast<const runtime::Type*>(o)->version == c->version;
}

// Attribute sites are polymorphic: the CACHE units after the instruction give
// it kAttributeWays consecutive entries (way 0 at the instruction's unit).
// The filled ways form a prefix: a lookup stops at the first empty (or off)
// way, and a miss fills the first empty way (all full: the site restarts).
inline constexpr int kAttributeWays = 4;

// One way of LOAD_ATTR: the attribute, or null when the way does not apply.
// May allocate (a bound method).
inline Value load_attr_way(VM& vm, const InlineCache* c, runtime::Object* o, Value owner,
                           runtime::Str* name) {
  switch (c->kind) {
    case CacheKind::kSlot:
      if (!instance_guard(c, o)) break;
      return static_cast<runtime::Instance*>(o)->attributes.slots[c->index];
    case CacheKind::kMethod:
      if (!instance_guard(c, o)) break;
      return Value::from_object(runtime::method_new(vm, c->value, owner));
    case CacheKind::kClassValue:
      if (!instance_guard(c, o)) break;
      return c->value;
    case CacheKind::kClassAttr:
      if (!class_guard(vm, c, o)) break;
      return c->value;
    case CacheKind::kModuleAttr:
      if (o->type != vm.types().module) break;
      return dict_entry_if_key(static_cast<runtime::Module*>(o)->dict, c->index, name);
    default:
      break;
  }
  return Value::null();
}

[[gnu::always_inline]] inline bool is_live_way(const InlineCache* c) {
  return c->kind != CacheKind::kEmpty && c->kind != CacheKind::kOff;
}

// LOAD_ATTR: the attribute, or null on a miss. May allocate (a bound method).
inline Value cached_load_attr(VM& vm, const InlineCache* c, Value owner, runtime::Str* name) {
  if (c == nullptr || !owner.is_object()) return Value::null();
  runtime::Object* o = owner.object();
  for (int way = 0; way < kAttributeWays && is_live_way(c + way); ++way) {
    const InlineCache* w = c + way;
    if (w->kind == CacheKind::kSlot) {  // the common case, without the switch
      if (!instance_guard(w, o)) continue;
      Value v = static_cast<runtime::Instance*>(o)->attributes.slots[w->index];
      if (!v.is_null()) return v;
      continue;
    }
    Value v = load_attr_way(vm, w, o, owner, name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

// One way of LOAD_METHOD: fills slot[0], slot[1] and returns true on a hit.
inline bool load_method_way(VM& vm, const InlineCache* c, runtime::Object* o, Value* slot) {
  Value owner = slot[0];
  switch (c->kind) {
    case CacheKind::kMethod:
      if (!instance_guard(c, o)) return false;
      slot[0] = c->value;
      slot[1] = owner;
      return true;
    case CacheKind::kNativeMethod:
      if (o->type != c->owner || o->type->version != c->version) return false;
      slot[0] = c->value;
      slot[1] = owner;
      return true;
    case CacheKind::kSlot:
      if (!instance_guard(c, o)) return false;
      slot[1] = static_cast<runtime::Instance*>(o)->attributes.slots[c->index];
      if (slot[1].is_null()) return false;  // deleted since: the slow path raises
      slot[0] = Value::null();
      return true;
    case CacheKind::kClassValue:
      if (!instance_guard(c, o)) return false;
      slot[0] = Value::null();
      slot[1] = c->value;
      return true;
    case CacheKind::kClassAttr:
      if (!class_guard(vm, c, o)) return false;
      slot[0] = Value::null();
      slot[1] = c->value;
      return true;
    default:
      return false;
  }
}

// LOAD_METHOD: fills slot[0] (the function or null) and slot[1] (the receiver
// or the attribute) and returns true on a hit.
inline bool cached_load_method(VM& vm, const InlineCache* c, Value* slot) {
  Value owner = slot[0];
  if (c == nullptr || !owner.is_object()) return false;
  runtime::Object* o = owner.object();
  for (int way = 0; way < kAttributeWays && is_live_way(c + way); ++way) {
    const InlineCache* w = c + way;
    if (w->kind == CacheKind::kMethod) {  // the common case, without the switch
      if (!instance_guard(w, o)) continue;
      slot[0] = w->value;
      slot[1] = owner;
      return true;
    }
    if (load_method_way(vm, w, o, slot)) return true;
  }
  return false;
}

// One way of STORE_ATTR: stores and returns true on a hit.
inline bool store_attr_way(VM& vm, const InlineCache* c, runtime::Object* o, Value value) {
  if (c->kind == CacheKind::kStoreSlot) {
    if (!instance_guard(c, o)) return false;
    runtime::Attributes* a = &static_cast<runtime::Instance*>(o)->attributes;
    vm.store(o, &a->slots[c->index], value);
    return true;
  }
  if (c->kind == CacheKind::kStoreAdd) {
    if (!instance_guard(c, o)) return false;
    runtime::Attributes* a = &static_cast<runtime::Instance*>(o)->attributes;
    if (c->index >= a->capacity) return false;
    vm.store(o, &a->slots[c->index], value);
    vm.store_ref(o, &a->shape, static_cast<runtime::Shape*>(c->next));
    return true;
  }
  return false;
}

// STORE_ATTR: stores and returns true on a hit.
inline bool cached_store_attr(VM& vm, const InlineCache* c, Value owner, Value value) {
  if (c == nullptr || !owner.is_object()) return false;
  runtime::Object* o = owner.object();
  for (int way = 0; way < kAttributeWays && is_live_way(c + way); ++way) {
    if (store_attr_way(vm, c + way, o, value)) return true;
  }
  return false;
}

// The slow paths: the full operation, then a refill of the unit's entry.
[[nodiscard]] Value load_global_miss(VM& vm, Frame* frame, runtime::Str* name, int64_t unit);
[[nodiscard]] Value load_attr_miss(VM& vm, Frame* frame, Value owner, runtime::Str* name,
                                   int64_t unit);
[[nodiscard]] int store_attr_miss(VM& vm, Frame* frame, Value owner, runtime::Str* name,
                                  Value value, int64_t unit);
[[nodiscard]] int load_method_miss(VM& vm, Frame* frame, runtime::Str* name, Value* slot,
                                   int64_t unit);
// Fills `c` (not in any code object) as a load of `name` from `owner` would,
// when `owner` is a plain instance: the JIT's recorder describes a site whose
// own entry holds another type (a polymorphic site). False otherwise.
[[nodiscard]] bool describe_instance_load(VM& vm, runtime::InlineCache* c, Value owner,
                                          runtime::Str* name);
// The same for a store that overwrites an existing instance attribute
// (kStoreSlot); false for any other store.
[[nodiscard]] bool describe_instance_store(VM& vm, runtime::InlineCache* c, Value owner,
                                           runtime::Str* name);
// The same for a store that adds the attribute along a shape transition
// that already exists (kStoreAdd); false for any other store.
[[nodiscard]] bool describe_instance_add(VM& vm, runtime::InlineCache* c, Value owner,
                                         runtime::Str* name);

}  // namespace pyvm::vm
