// Load forwarding during IR emission: a load of memory that no instruction
// since an identical earlier load can have written reuses that load's value
// (LuaJIT's FWD rules, restricted to what traces write).
//
// Two kinds of loads are tracked: FLOAD (object field at base + offset) and
// ALOAD (item `index` of a Value array such as a list's items). What kills
// them, in the order instructions are appended:
//   - FSTORE to offset k: every FLOAD at offset k (any base), every ALOAD;
//   - LIST_STORE: every ALOAD (the store's own item is then known: a later
//     ALOAD of the same list's items at the same index yields the stored
//     value);
//   - SLOT_STORE: every ALOAD (the store's own slot is then known, as for
//     LIST_STORE); no FLOAD: a store into an existing slot changes neither
//     the instance's shape nor its slots pointer;
//   - NEWINST, NEWTUPLE, TUPLE_INIT: nothing (they only write the object
//     they create; an allocation never runs Python code: finalizers wait for
//     the next safe point, a GUARD_NOPENDING exit);
//   - every other instruction that writes memory or calls out (kStore), and
//     LOOP: everything.
// Pure instructions, guards and BOXNUM (an allocation) kill nothing.
// Invariants: an entry's ref is an FLOAD/ALOAD (or, for items, the stored
// value) appended at or after the CSE floor; changing the floor empties the
// table, so the loop copy never reuses a pre-roll load.
#pragma once

#include <cstdint>
#include <unordered_map>

namespace pyvm::jit {

using Ref = int32_t;
enum class IrType : uint8_t;
struct Ins;
class IrBuffer;

class LoadForwarder {
 public:
  // The ref an earlier equivalent load left, or kNoRef.
  [[nodiscard]] Ref find(const Ins& ins) const;
  // Accounts for instruction `r` (just appended).
  void note(const IrBuffer& ir, Ref r);
  void clear();

 private:
  static uint64_t key(Ref a, int32_t b) {
    return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b);
  }
  void kill_offset(int32_t offset);

  std::unordered_map<uint64_t, Ref> fields_;  // (base, offset) -> FLOAD
  std::unordered_map<uint64_t, Ref> items_;   // (items ptr, index) -> value
  std::unordered_map<uint64_t, IrType> field_types_;
};

}  // namespace pyvm::jit
