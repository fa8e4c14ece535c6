// The exit restorer's half for inlined generators (see jit/inline_frames.h):
// a snapshot inside a generator body the trace resumed from FOR_ITER saves
// each generator of the chain as suspended mid-body, and the root frame
// resumes at the outermost FOR_ITER, which resumes them again.
#include <cstdlib>
#include <utility>

#include "jit/deopt.h"
#include "jit/inline_frames.h"
#include "jit/trace.h"
#include "runtime/code.h"
#include "runtime/generator.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

constexpr int kMaxChain = 16;
// More than a snapshot of the recorder's slot limit holds.
constexpr uint32_t kMaxEntries = 2048;

struct GenFrame {
  const InlineFrame* info;
  runtime::Generator* gen;
  int32_t pc;       // where it resumes
  int32_t current;  // its current unit (tracebacks)
  int32_t depth;    // its value-stack depth there
  Ref ref;          // the trace's value of the generator object
};

// Whether `ref` is the trace's load of saved value `s` of the generator
// `gen_ref`: the word already holds it (a generator's saved values change
// only at its yields, after which the trace loads them again).
bool unchanged_value(const Trace& trace, Ref ref, Ref gen_ref, int32_t s) {
  const Ins& ins = trace.ir[ref];
  return ins.op == IrOp::FLOAD && ins.a == gen_ref &&
         ins.imm == static_cast<int32_t>(sizeof(runtime::Generator)) + 8 * s;
}

}  // namespace

void restore_generator_exit(vm::VM& vm, vm::Frame* frame, const Trace& trace, uint32_t snapshot,
                            const uint64_t* exit_values) {
  const Snapshot& snap = trace.snapshots[snapshot];
  const SnapEntry* entries = trace.snapshots.entries(snap);
  auto bits_of = [&](uint32_t k) {
    Ref ref = entries[k].ref;
    return trace.ir.is_const(ref) ? trace.ir.const_bits(ref) : exit_values[k];
  };
  GenFrame chain[kMaxChain];  // the first n are filled below
  int n = 0;
  for (int32_t f = snap.frame; f >= 0 && n < kMaxChain;
       f = trace.inline_frames[static_cast<size_t>(f)].parent) {
    chain[n++].info = &trace.inline_frames[static_cast<size_t>(f)];
  }
  if (n == 0) std::abort();
  for (int i = 0, j = n - 1; i < j; ++i, --j) std::swap(chain[i].info, chain[j].info);
  for (int i = 0; i < n; ++i) {
    GenFrame& g = chain[i];
    g.gen = nullptr;
    g.ref = kNoRef;
    for (uint32_t k = 0; k < snap.count; ++k) {
      if (static_cast<int32_t>(entries[k].slot) == g.info->base - 1) {
        g.gen = Value::from_raw(bits_of(k)).as<runtime::Generator>();
        g.ref = entries[k].ref;
      }
    }
    if (g.gen == nullptr) std::abort();  // the recorder keeps it in every snapshot
    if (i + 1 < n) {
      g.pc = chain[i + 1].info->return_unit;
      g.current = chain[i + 1].info->call_unit;
      g.depth = chain[i + 1].info->caller_depth;
    } else {
      g.pc = snap.pc;
      g.current = snap.pc;
      g.depth = snap.depth;
    }
  }
  // The root frame runs the outermost FOR_ITER again.
  const InlineFrame& outer = *chain[0].info;
  frame->pc = frame->first_instruction() + outer.return_unit;
  frame->sp = frame->stack_base() + outer.caller_depth;
  frame->current_unit = outer.call_unit;

  // Where slot `slot` goes: the root frame (no barrier: the frame stack is a
  // root) or a generator's saved values; nullptr for a generator's own slot
  // and for a saved value the trace only read (a load of that very word).
  int32_t owners[kMaxEntries];
  if (snap.count > kMaxEntries) std::abort();
  for (uint32_t k = 0; k < snap.count; ++k) {
    int i = n - 1;
    while (i >= 0 && static_cast<int32_t>(entries[k].slot) < chain[i].info->base - 1) --i;
    owners[k] = i;
  }
  auto dest = [&](uint32_t k) -> Value* {
    int i = owners[k];
    auto slot = static_cast<int32_t>(entries[k].slot);
    if (i < 0) return frame->localsplus() + slot;
    int32_t s = slot - chain[i].info->base;
    if (s < 0 || unchanged_value(trace, entries[k].ref, chain[i].ref, s)) return nullptr;
    return chain[i].gen->values() + s;
  };
  for (uint32_t k = 0; k < snap.count; ++k) {
    Value* d = dest(k);
    if (d == nullptr) continue;
    Ref ref = entries[k].ref;
    // Slots holding the same unboxed float get the same float object.
    Value v = Value::null();
    if (trace.ir[ref].type == IrType::kNum) {
      for (uint32_t j = 0; j < k && v.is_null(); ++j) {
        Value* dj = dest(j);
        if (entries[j].ref == ref && dj != nullptr) v = *dj;
      }
    }
    if (v.is_null()) v = box_value(vm, trace.ir[ref].type, bits_of(k));
    if (owners[k] < 0) {
      *d = v;
    } else {
      vm.store(chain[owners[k]].gen, d, v);
    }
  }
  for (int i = 0; i < n; ++i) {
    runtime::Generator* gen = chain[i].gen;
    gen->resume_unit = chain[i].pc;
    gen->yield_unit = chain[i].current;
    gen->depth = chain[i].depth;
    gen->resume_in_body = 1;
  }
}

}  // namespace pyvm::jit
