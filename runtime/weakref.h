// Weak references: `weakref.ref` objects and proxies, and the per-VM state
// shared with the weak dictionaries, weakref.finalize and __del__ support
// (runtime/finalizers.h).
//
// A WeakRef's `referent` is a collector weak slot (gc::Heap::add_weak_slot):
// it is not traced, and the first collection that finds the referent
// unreachable sets it to null and queues the ref. The VM takes that queue at
// the next safe point (vm/pending_work.h) and runs weakref_process_cleared,
// which unlists the refs, removes weak-dictionary entries and calls callbacks.
//
// The registry maps a referent's address to the refs listed for it, in
// CPython's order (the shared basic ref first, then the basic proxy, then the
// others newest first), for getweakrefcount, getweakrefs and the sharing of
// basic refs. It holds no references for the collector: a ref removes itself
// when it is swept (its `finalize` slot), and entries whose referent died are
// removed when their refs are processed.
//
// Invariants:
//   - Every allocated ref with a non-null `state` is listed in
//     state->registry[listed_for]; a listed ref's referent is null or equal
//     to listed_for.
//   - Nothing allocates while code iterates a registry vector (a collection
//     could sweep refs and edit it): callers copy it into RootedValues first.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "gc/heap.h"
#include "runtime/object.h"

namespace pyvm::runtime {

struct WeakrefState;

struct WeakRef : Object {
  Value referent;  // WEAK: a collector weak slot, not traced; null once the referent died
  Value callback;  // called with the ref after the referent died; null: none
  Object* owner;   // the weak dictionary or finalize object this ref serves, or nullptr
  Value key;       // WeakValueDictionary: the entry's key
  int64_t hash;    // the referent's hash once computed; -1: not yet
  // Not traced: the registry key (the referent's address, kept after clearing;
  // only compared, never dereferenced).
  Object* listed_for;
  // Not a heap pointer: the state whose registry lists this ref; nullptr for
  // unlisted refs (temporary lookup keys) and after VM teardown.
  WeakrefState* state;
};

struct WeakrefState final : gc::RootSet {
  explicit WeakrefState(gc::Heap& heap) : RootSet(heap) {}
  void trace(Tracer& tracer) override;
  void unlist(WeakRef* ref);

  std::unordered_map<Object*, std::vector<WeakRef*>> registry;
  // Objects registered for __del__ whose finalizer has not run, with their
  // registration number (at exit, unreachable ones run in that order).
  std::unordered_map<Object*, uint64_t> finalizable;
  uint64_t next_registration = 0;
  // Live weakref.finalize objects (kept alive until called or detached).
  std::vector<Object*> finalizers;
  uint64_t next_finalizer_index = 0;
  Type* ref_type = nullptr;
  Type* proxy_type = nullptr;
  Type* callable_proxy_type = nullptr;
  Type* value_dict_type = nullptr;
  Type* key_dict_type = nullptr;
  Type* finalize_type = nullptr;
  // runtime/weak_set.cpp:
  Type* weak_set_type = nullptr;
  Type* weak_method_type = nullptr;
  Str* del_name = nullptr;  // "__del__"
  bool running = false;     // run_pending_finalizers is active
};

WeakrefState& weakref_state(VM& vm);

// Whether CPython allows weak references to `v` (instances of user classes,
// classes, functions, methods, sets, generators, code, modules...).
bool is_weakrefable(VM& vm, Value v);
bool is_weakref(VM& vm, Value v);  // a ref or a proxy

// A new listed weak reference of `type` (ref or a proxy type) to `referent`.
// Raises TypeError for objects that cannot be weakly referenced.
[[nodiscard]] Value weakref_new(VM& vm, Type* type, Value referent, Value callback, Object* owner,
                                Value key);
// An unlisted ref to `referent` with no callback, only for looking a key up in
// a dict keyed by weak references; it must not outlive the call.
[[nodiscard]] Value weakref_lookup_key(VM& vm, Value referent);
// The referent, or null when it died.
inline Value weakref_get(Value ref) { return ref.as<WeakRef>()->referent; }

// Handles refs the collector cleared: unlists them, lets their owners drop
// entries, and calls callbacks (exceptions are reported and ignored).
void weakref_process_cleared(VM& vm, const std::vector<Object*>& holders);

// Defined with the weak dictionaries and weakref.finalize
// (runtime/weak_containers.cpp): `ref`, whose owner is one of them, was
// cleared; the owner drops its entry or runs its callback.
void weakref_owner_cleared(VM& vm, WeakRef* ref);

// Reports the pending exception as CPython's "Exception ignored in: <where>"
// plus traceback on stderr, and clears it.
void report_unraisable(VM& vm, Value where);

// Creates the ref and proxy types (called once by the weakref module).
void init_weakref_types(VM& vm, WeakrefState& state);
// A new native type with object as base, for the weakref module's types.
Type* new_native_type(VM& vm, const char* name, uint32_t instance_size);

[[nodiscard]] Value weakref_getweakrefcount(VM& vm, CallArgs args);
[[nodiscard]] Value weakref_getweakrefs(VM& vm, CallArgs args);
[[nodiscard]] Value weakref_proxy(VM& vm, CallArgs args);

}  // namespace pyvm::runtime
