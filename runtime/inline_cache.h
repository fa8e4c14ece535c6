// Inline caches: the per-code side array that remembers, for each attribute
// or global access instruction, what the last lookup found and under which
// conditions (guards) that answer still holds. vm/inline_cache.h holds the
// interpreter's fast paths and the fill logic; docs/architecture.md
// ("Inline caches") explains the design.
//
// Invariants:
//   - A Code object's `caches` is null until an instruction first fills an
//     entry; then it has one InlineCache per code unit, indexed by the unit of
//     the instruction. LOAD_ATTR, STORE_ATTR and LOAD_METHOD also use the
//     entries of the CACHE units after the instruction, as further ways of a
//     polymorphic site (vm/inline_cache.h, kAttributeWays); way 0 counts the
//     site's misses, and the filled ways form a prefix.
//   - An entry's answer is used only after every guard of its kind passed.
//     The guards name live objects only through the accessed object: its type
//     (with Type::version, unique and never reused, so a freed and reused
//     address cannot pass), its shape (kept alive by the type that passed the
//     guard), or the frame's globals dict (checked entry by entry).
//   - The one entry kind whose guard compares a dict the frame might no longer
//     hold (kBuiltin: "the globals dict is unchanged") keeps both dicts alive:
//     the code object traces them, so their addresses cannot be reused.
//   - Values cached beside a type guard (methods, class constants) live in a
//     dict along that type's MRO, which the version guard proves unchanged.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

struct Code;

enum class CacheKind : uint8_t {
  kEmpty,
  kOff,           // missed too often: the instruction always takes the slow path
  kGlobal,        // LOAD_GLOBAL: globals entry `index` holds the name
  kBuiltin,       // LOAD_GLOBAL: globals unchanged (version), builtins entry `index`
  kSlot,          // LOAD_ATTR / LOAD_METHOD: instance slot `index`
  kMethod,        // LOAD_ATTR / LOAD_METHOD: a Python function of the class
  kClassValue,    // LOAD_ATTR / LOAD_METHOD: a class attribute that is no descriptor
  kNativeMethod,  // LOAD_METHOD: a native method of a built-in type
  kModuleAttr,    // LOAD_ATTR: module dict entry `index` holds the name
  kClassAttr,     // LOAD_ATTR / LOAD_METHOD on a class (metaclass `type`): `value`
  kStoreSlot,     // STORE_ATTR: overwrite instance slot `index`
  kStoreAdd,      // STORE_ATTR: append slot `index`, moving `shape` -> `next`
};

struct InlineCache {
  CacheKind kind;
  uint8_t misses;  // refills so far; at kMaxCacheMisses the entry turns kOff
  uint32_t index;  // slot index or dict entry index
  uint64_t version;
  // kGlobal/kModuleAttr: unused. kBuiltin: the globals dict (traced).
  // Attribute kinds: the receiver's type, or for kClassAttr the receiver
  // itself (untraced: see the invariants).
  Object* owner;
  // kBuiltin: the builtins dict (traced). Attribute kinds on instances: the
  // receiver's shape (untraced).
  Object* shape;
  Object* next;  // kStoreAdd: the shape after the store (untraced)
  Value value;   // kMethod/kClassValue/kNativeMethod: the answer (untraced)
};

inline constexpr uint8_t kMaxCacheMisses = 24;

// The cache entry of `unit` in `code`, allocating the side array on first use.
InlineCache* code_cache(VM& vm, Code* code, int64_t unit);
// For the code object's trace and finalizer.
void trace_inline_caches(const Code* code, Tracer& tracer);
void free_inline_caches(Code* code);

}  // namespace pyvm::runtime
