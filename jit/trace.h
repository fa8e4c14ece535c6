// A trace: the IR and snapshots of one recorded loop, its machine code, and
// what it needs to stay valid.
//
// Invariants:
//   - A trace is entered only at its loop header (`header_unit` of `code`),
//     in a frame whose globals and builtins are the trace's (the IR guards on
//     those dicts' versions, and embeds their addresses).
//   - Every heap object whose address the machine code or the IR holds (the
//     code object, the dicts, KVAL constants) is traced by the JIT's root set
//     (jit/jit_state.h) for as long as the trace exists, so no address in the
//     code can be freed and reused.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "jit/inline_frames.h"
#include "jit/ir.h"
#include "jit/side_trace.h"
#include "jit/sink.h"
#include "jit/snapshot.h"
#include "runtime/code.h"
#include "runtime/dict.h"

namespace pyvm::jit {

// The compiled entry: runs from the loop header until a guard fails, then
// stores the failing snapshot's non-constant values in `exit_values` (one
// word per snapshot entry, in entry order) and returns the snapshot index.
// `inherited`: for a side trace that inherits (jit/side_inherit.cpp), its
// parent's exit buffer, which its SINHERITs read; unused by other traces.
using TraceFn = uint32_t (*)(Value* slots, uint64_t* exit_values, const uint64_t* inherited);

// One slot write of an exit restore (jit/deopt.cpp): the slot gets the
// boxed exit buffer word `source`, the boxed constant ref `source`, or the
// Value already written to slot `source`.
struct RestoreStep {
  enum Kind : uint8_t { kBuffer, kConst, kSame, kEnd };
  uint32_t slot;
  uint32_t source;
  IrType type;
  Kind kind;
};

struct Trace {
  int id = 0;
  runtime::Code* code = nullptr;
  int32_t header_unit = 0;
  int32_t nlocals = 0;      // code->nlocalsplus: slot numbers below are locals
  int32_t entry_depth = 0;  // value-stack depth at the header
  runtime::Dict* globals = nullptr;
  runtime::Dict* builtins = nullptr;
  std::string location;  // "file:line" of the header

  IrBuffer ir;
  SnapshotList snapshots;
  Ref loop = kNoRef;          // the LOOP marker, or kNoRef for a trace without loop
  int32_t loop_exit = -1;     // without loop: the EXIT's snapshot (run again at once)
  std::vector<uint8_t> live;  // per ref: 1 when the backend must compute it (DCE)

  TraceFn entry = nullptr;
  void* code_memory = nullptr;
  size_t code_size = 0;
  size_t code_mapping = 0;
  std::vector<uint64_t> exit_counts;  // per snapshot
  // Per snapshot: its restore plan once computed (empty: not yet, or not
  // applicable: an inlined frame or a sunk object; jit/deopt.cpp).
  mutable std::vector<std::vector<RestoreStep>> restore_plans;
  uint64_t entries = 0;
  SideInfo side;  // side traces and linking (jit/side_trace.h)

  std::vector<InlineFrame> inline_frames;  // the calls the trace followed (inlined)
  int32_t max_inline_depth = 0;            // the deepest inlined frame chain

  // Allocation sinking (jit/sink.h): the sunk objects, and per snapshot the
  // refs of their fields that its exit stub stores after the entries.
  std::vector<SunkObject> sunk;
  std::vector<std::vector<Ref>> sunk_extras;

  std::string recorded;  // the recorded bytecode, one instruction per line (dump)

  // A loop in a generator's body whose trace ends at the loop's YIELD_VALUE:
  // its final EXIT resumes the interpreter at the yield (jit/recorder_generators.cpp).
  bool ends_at_yield = false;

  // Function traces (jit/call_trace.h): a trace that starts at a function's
  // entry (`function_entry`, roots only) ends at the RETURN_VALUE of its
  // frame (`ends_at_return`, its side traces too): its final EXIT leaves the
  // result on the frame's stack. A trace with calls of compiled functions
  // (`opaque_calls`: Python code runs in them) never loops.
  bool function_entry = false;
  bool ends_at_return = false;
  bool opaque_calls = false;
  int32_t max_exit_words = 0;  // the most words one exit stores (call_trace.cpp)
  // Function traces: exits (of this root or its side traces) that left the
  // rest of the call to the interpreter; too many, and the trace is dropped.
  uint64_t interpreter_exits = 0;
  int32_t return_entry = -1;  // ends_at_return: the final snapshot's entry of the result
  IrType return_type = IrType::kVal;
  bool return_is_const = false;
  uint64_t return_const_bits = 0;
  // Calls of compiled functions in machine code (jit/call_trace.h): the
  // function (its Value bits) for which this function trace may be run by a
  // calling trace without call_compiled, 0 until call_compiled checked it.
  uint64_t call_fast_function = 0;
  // The side trace that machine code runs after this root's exit
  // `call_fast_side_exit` (counting the exit at `call_fast_side_count`),
  // null until call_compiled_finish found that hop fit.
  Trace* call_fast_side = nullptr;
  int32_t call_fast_side_exit = -1;
  uint64_t* call_fast_side_count = nullptr;

  explicit Trace(const IrConfig& config) : ir(config) {}
};

}  // namespace pyvm::jit
