// Allocation sinking: instances a trace allocates (NEWINST, `C(args)` with an
// inlined __init__) that never escape the trace get no heap existence. Their
// fields live in the SSA values stored into them, attribute loads from them
// become those values, and their shape and type guards disappear. A snapshot
// that references a sunk object makes its exit stub save the object's fields
// too (Trace::sunk_extras), and the exit restorer materialises the object
// (allocates it and adds its fields, in order) before writing the frame.
//
// An object escapes (stays allocated) when it is stored anywhere, passed to a
// runtime call, compared by identity, carried around the loop (a PHI), or
// used by anything but its own attribute stores and loads, its type and shape
// guards, and snapshots.
//
// Invariants:
//   - A sunk object's fields at a snapshot are the SUNKADDs on it that precede
//     the snapshot's position; the stub saves them in that order, after the
//     snapshot's entries, one word each (unboxed numbers keep their IR type).
//   - A field value of a sunk object is never itself a sunk object.
//   - One exit materialises each sunk object once: two slots that reference it
//     get the same instance.
#pragma once

#include <cstdint>
#include <vector>

#include "jit/ir.h"
#include "runtime/value.h"

namespace pyvm::vm {
class VM;
}  // namespace pyvm::vm

namespace pyvm::jit {

struct Trace;

struct SunkObject {
  Ref alloc = kNoRef;     // the SUNKINST
  std::vector<Ref> adds;  // its SUNKADDs in trace order
};

// The pass: rewrites non-escaping NEWINSTs and their uses (run after loop
// peeling, before DCE).
void sink_allocations(Trace& trace);

// At an exit through `snapshot`: the object sunk at `ref`, materialised (once
// per exit: `cache` holds pairs of ref and Value word already built).
Value materialize_sunk(vm::VM& vm, const Trace& trace, uint32_t snapshot, Ref ref,
                       const uint64_t* exit_values, std::vector<std::pair<Ref, uint64_t>>* cache);

// Removes the tuples BUILD_TUPLE made that nothing but their own item stores
// uses (no snapshot, no PHI, no other instruction); jit/sink_tuple.cpp.
void drop_dead_tuples(Trace& trace);

}  // namespace pyvm::jit
