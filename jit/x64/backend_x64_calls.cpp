// The x86-64 emitter's calls and inline allocation (jit/x64/emitter_x64.h):
// side-trace calls, residual calls into the runtime, tuple and allocation
// calls with their inline fast paths (bump allocation from the GC's fast
// region for floats and instances, attribute-adding stores), and calls of
// compiled functions made in machine code (jit/call_trace.h).
#include <asmjit/x86.h>

#include <algorithm>

#include <cstddef>
#include <cstring>

#include "jit/alloc_helpers.h"
#include "jit/call_trace.h"
#include "jit/helpers.h"
#include "jit/hotcount.h"
#include "jit/layout.h"
#include "jit/residual.h"
#include "jit/side_helpers.h"
#include "jit/x64/emitter_x64.h"
#include "runtime/function.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::jit::x64 {

// The allocating runtime calls of side traces (jit/side_helpers.h).
void X64Emitter::emit_side_call(Ref r, const Ins& ins) {
  x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
  asmjit::InvokeNode* call;
  x86::Gp d = def_gp(r);
  if (ins.op == IrOp::NEWRANGE) {
    x86::Gp start = gp(ins.a);
    x86::Gp stop = gp(ins.b);
    cc_.invoke(
        &call, reinterpret_cast<uint64_t>(&helper_new_range),
        asmjit::FuncSignatureT<uint64_t, void*, int64_t, int64_t>(asmjit::CallConvId::kHost));
    call->setArg(0, vm);
    call->setArg(1, start);
    call->setArg(2, stop);
  } else {
    x86::Gp object = gp(ins.a);
    cc_.invoke(&call, reinterpret_cast<uint64_t>(&helper_iter_new),
               asmjit::FuncSignatureT<uint64_t, void*, uint64_t>(asmjit::CallConvId::kHost));
    call->setArg(0, vm);
    call->setArg(1, object);
  }
  call->setRet(0, d);
}

// The bump step of gc::Heap::allocate_fast for a `bytes`-sized object: takes
// the next cell of its size class's region, zeroes its words but the type
// word and the `stored` ones (the caller stores those) and returns the
// register holding it; jumps to `slow` when the region is used up. A class's
// cell size never changes, so it is an immediate; the limit is addressed from
// the cursor's address (one register for both). A closed region (cursor and
// limit null) fails the test like a used-up one.
x86::Gp X64Emitter::emit_bump_allocate(size_t bytes, asmjit::Label slow,
                                       std::initializer_list<int32_t> stored) {
  gc::Heap::FastRegionWords w = config_.vm->heap().fast_region_words(bytes);
  auto limit_offset = static_cast<int32_t>(reinterpret_cast<const char*>(w.limit) -
                                           reinterpret_cast<const char*>(w.cursor));
  auto cell_size = static_cast<int32_t>(*w.cell_size);
  x86::Gp cursor_at = scratch_imm64(reinterpret_cast<uint64_t>(w.cursor));
  x86::Gp cell = scratch_gp();
  x86::Gp next = scratch_gp();
  cc_.mov(cell, x86::qword_ptr(cursor_at));
  cc_.lea(next, x86::qword_ptr(cell, cell_size));
  cc_.cmp(next, x86::qword_ptr(cursor_at, limit_offset));
  cc_.ja(slow);
  cc_.mov(x86::qword_ptr(cursor_at), next);
  static_assert(layout::kObjectType == 0);
  for (auto offset = int32_t{8}; offset < static_cast<int32_t>(bytes); offset += 8) {
    if (std::find(stored.begin(), stored.end(), offset) == stored.end()) {
      cc_.mov(x86::qword_ptr(cell, offset), 0);
    }
  }
  return cell;
}

// BOXNUM's inline fast path: gc::Heap::allocate_fast for a Float (the next
// cell of the size class's region, its type word, its value), a jump
// to `done` with the object in `d`; falls through to the runtime call when the
// region is used up (or the float type has a finalizer).
void X64Emitter::emit_box_float_fast(x86::Xmm value, x86::Gp d, asmjit::Label done) {
  vm::VM* vm = config_.vm;
  runtime::Type* type = vm->types().float_;
  if (type->finalize != nullptr) return;
  asmjit::Label slow = cc_.newLabel();
  x86::Gp cell = emit_bump_allocate(sizeof(runtime::Float), slow, {layout::kFloatValue});
  x86::Gp type_word = scratch_imm64(reinterpret_cast<uint64_t>(type));
  cc_.mov(x86::qword_ptr(cell, layout::kObjectType), type_word);
  cc_.movsd(x86::qword_ptr(cell, layout::kFloatValue), value);
  cc_.mov(d, cell);
  cc_.jmp(done);
  cc_.bind(slow);
}

// NEWINST's inline fast path (jit/alloc_helpers.h, instance_fast_layout):
// the next young cell of the size class's region (its slots zeroed by the
// bump), its type word and attribute header (initial shape, in-object slots, capacity); the slots
// stay null. No barrier: the instance is young. A jump to `done` with the
// instance in `d`; falls through to the runtime call when the region is
// used up or the class does not qualify.
void X64Emitter::emit_new_instance_fast(runtime::Object* cls, x86::Gp d, asmjit::Label done) {
  vm::VM* vm = config_.vm;
  InstanceFastLayout l;
  if (!instance_fast_layout(vm, cls, &l)) return;
  asmjit::Label slow = cc_.newLabel();
  x86::Gp cell =
      emit_bump_allocate(l.bytes, slow, {l.shape_offset, l.slots_offset, l.capacity_offset});
  x86::Gp room = scratch_gp();
  cc_.mov(room, scratch_imm64(reinterpret_cast<uint64_t>(cls)));
  cc_.mov(x86::qword_ptr(cell, layout::kObjectType), room);
  cc_.mov(room, scratch_imm64(l.shape));
  cc_.mov(x86::qword_ptr(cell, l.shape_offset), room);
  cc_.lea(room, x86::qword_ptr(cell, l.first_slot_offset));
  cc_.mov(x86::qword_ptr(cell, l.slots_offset), room);
  cc_.mov(room, scratch_imm64(uint64_t{l.capacity} | (uint64_t{l.capacity} << 32)));
  cc_.mov(x86::qword_ptr(cell, l.capacity_offset), room);
  cc_.mov(d, cell);
  cc_.jmp(done);
  cc_.bind(slow);
}

// SLOT_ADD's inline fast path (jit/alloc_helpers.h, slot_add_fast_layout):
// when the instance's slot storage has room for the new shape's slot and
// the write barrier has nothing to do (the instance is young, or old and
// already remembered whole), the value and the new shape are stored
// directly; otherwise the runtime call does it all.
void X64Emitter::emit_slot_add_fast(x86::Gp instance, x86::Gp value, runtime::Object* next,
                                    asmjit::Label done) {
  SlotAddFastLayout l;
  if (!slot_add_fast_layout(next, &l)) return;
  x86::Gp word = scratch_gp().r32();
  x86::Gp slots = scratch_gp();
  asmjit::Label slow = cc_.newLabel();
  constexpr uint32_t kOldOrRemembered = gc::kMarked | gc::kRemembered;
  cc_.mov(word, x86::dword_ptr(instance, layout::kObjectGcWord));
  cc_.and_(word, kOldOrRemembered);
  cc_.cmp(word, gc::kMarked);
  cc_.je(slow);  // old and not remembered: the barrier may have work
  cc_.cmp(x86::dword_ptr(instance, l.capacity_offset), l.index);
  cc_.jbe(slow);  // the slot storage must grow
  cc_.mov(slots, x86::qword_ptr(instance, l.slots_offset));
  cc_.mov(x86::qword_ptr(slots, l.index * 8), value);
  cc_.mov(slots, scratch_imm64(reinterpret_cast<uint64_t>(next)));
  cc_.mov(x86::qword_ptr(instance, l.shape_offset), slots);
  cc_.jmp(done);
  cc_.bind(slow);
}

// BUILD_TUPLE: the new tuple and the stores of its items (jit/alloc_helpers.h).
void X64Emitter::emit_tuple_call(Ref r, const Ins& ins) {
  x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
  asmjit::InvokeNode* call;
  x86::Gp index = scratch_imm64(static_cast<uint64_t>(ins.imm));
  if (ins.op == IrOp::NEWTUPLE) {
    x86::Gp d = def_gp(r);
    cc_.invoke(&call, reinterpret_cast<uint64_t>(&helper_new_tuple),
               asmjit::FuncSignatureT<uint64_t, void*, int64_t>(asmjit::CallConvId::kHost));
    call->setArg(0, vm);
    call->setArg(1, index);
    call->setRet(0, d);
    return;
  }
  x86::Gp tuple = gp(ins.a);
  x86::Gp value = gp(ins.b);
  cc_.invoke(
      &call, reinterpret_cast<uint64_t>(&helper_tuple_init),
      asmjit::FuncSignatureT<void, void*, void*, int64_t, uint64_t>(asmjit::CallConvId::kHost));
  call->setArg(0, vm);
  call->setArg(1, tuple);
  call->setArg(2, index);
  call->setArg(3, value);
}

// New instances and slot-adding attribute stores (jit/alloc_helpers.h).
void X64Emitter::emit_alloc_call(Ref r, const Ins& ins) {
  x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
  asmjit::InvokeNode* call;
  if (ins.op == IrOp::NEWINST) {
    x86::Gp d = def_gp(r);
    asmjit::Label done = cc_.newLabel();
    emit_new_instance_fast(reinterpret_cast<runtime::Object*>(ir_.const_bits(ins.a)), d, done);
    x86::Gp cls = scratch_imm64(ir_.const_bits(ins.a));
    cc_.invoke(&call, reinterpret_cast<uint64_t>(&helper_new_instance),
               asmjit::FuncSignatureT<uint64_t, void*, void*>(asmjit::CallConvId::kHost));
    call->setArg(0, vm);
    call->setArg(1, cls);
    call->setRet(0, d);
    cc_.bind(done);
    return;
  }
  x86::Gp instance = gp(ins.a);
  x86::Gp value = gp(ins.b);
  asmjit::Label done = cc_.newLabel();
  emit_slot_add_fast(instance, value, reinterpret_cast<runtime::Object*>(ir_.const_bits(ins.imm)),
                     done);
  x86::Gp next = scratch_imm64(ir_.const_bits(ins.imm));
  cc_.invoke(
      &call, reinterpret_cast<uint64_t>(&helper_slot_add),
      asmjit::FuncSignatureT<void, void*, void*, uint64_t, void*>(asmjit::CallConvId::kHost));
  call->setArg(0, vm);
  call->setArg(1, instance);
  call->setArg(2, value);
  call->setArg(3, next);
  cc_.bind(done);
}

// A residual call (jit/residual.h): the arguments go into the per-thread
// argument buffer (residual_call copies them onto the machine stack, which
// the collector scans, before anything allocates; until then every argument
// is also in a register or spill slot), the helper returns a Value word or
// 0, which exits to the instruction's snapshot.
void X64Emitter::emit_residual_call(Ref r, const Ins& ins) {
  std::vector<Ref> args;
  std::vector<Ref> pending;
  if (ins.a != kNoRef) pending.push_back(ins.a);
  while (!pending.empty()) {
    Ref x = pending.back();
    pending.pop_back();
    if (ir_[x].op == IrOp::CARG) {
      pending.push_back(ir_[x].b);
      pending.push_back(ir_[x].a);
    } else {
      args.push_back(x);
    }
  }
  x86::Gp base;
  // A compiled call first tries the callee's function trace in machine code.
  x86::Gp d = def_gp(r);
  Label slow = cc_.newLabel();
  Label done = cc_.newLabel();
  bool fast = ins.imm == static_cast<int32_t>(Residual::call_compiled) &&
              emit_fast_compiled_call(args, d, slow, done);
  if (fast) {
    cc_.bind(slow);
    reset_scratch();
  }
  if (!fast && emit_direct_residual_call(ins, args, d)) return;
  if (!args.empty()) {
    base = scratch_imm64(reinterpret_cast<uint64_t>(residual_arg_buffer()));
    for (size_t k = 0; k < args.size(); ++k) {
      x86::Mem slot = x86::qword_ptr(base, static_cast<int32_t>(8 * k));
      Ref x = args[k];
      if (small_const(x)) {
        cc_.mov(slot, asmjit::Imm(ir_.const_int(x)));
      } else if (ir_[x].type == IrType::kNum) {
        cc_.movsd(slot, xmm(x));
      } else {
        cc_.mov(slot, gp(x));
      }
    }
  }
  x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
  // A compiled call goes straight to its helper (jit/call_trace.h), with the
  // argument buffer's address in place of the residual's index.
  bool compiled_call = ins.imm == static_cast<int32_t>(Residual::call_compiled) && !args.empty();
  x86::Gp index = compiled_call ? base : scratch_imm64(static_cast<uint64_t>(ins.imm));
  x86::Gp count = scratch_imm64(args.size());
  asmjit::InvokeNode* call;
  uint64_t target = compiled_call ? reinterpret_cast<uint64_t>(&call_compiled)
                                  : reinterpret_cast<uint64_t>(&residual_call);
  cc_.invoke(&call, target,
             asmjit::FuncSignatureT<uint64_t, void*, int64_t, int64_t>(asmjit::CallConvId::kHost));
  call->setArg(0, vm);
  call->setArg(1, index);
  call->setArg(2, count);
  call->setRet(0, d);
  if (fast) cc_.bind(done);
  cc_.test(d, d);
  exit_if(CondCode::kZ, ins.snap);
}

// A residual call of at most kDirectResidualArgs word arguments with the
// words in registers (residual_call1..3), or, for a `call` of a constant
// receiver-only native method (`ch.isdigit()`), residual_receiver_call;
// then the exit on 0 as emit_residual_call's. Returns false, emitting
// nothing, for other calls (compiled calls, float arguments, more words).
bool X64Emitter::emit_direct_residual_call(const Ins& ins, const std::vector<Ref>& args,
                                           x86::Gp d) {
  if (config_.vm == nullptr || args.empty() || args.size() > kDirectResidualArgs ||
      ins.imm == static_cast<int32_t>(Residual::call_compiled)) {
    return false;
  }
  for (Ref x : args) {
    if (ir_[x].type == IrType::kNum) return false;
  }
  bool call = ins.imm == static_cast<int32_t>(Residual::call) ||
              ins.imm == static_cast<int32_t>(Residual::call_str);
  bool receiver_call =
      call && args.size() == 2 && ir_[args[0]].op == IrOp::KVAL &&
      is_receiver_only_method(*config_.vm, Value::from_raw(ir_.const_bits(args[0])));
  // Every register (constants included) is set before the invoke node.
  x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
  x86::Gp index;
  if (!receiver_call) index = scratch_imm64(static_cast<uint64_t>(ins.imm));
  std::vector<x86::Gp> words;
  for (Ref x : args) words.push_back(gp(x));
  asmjit::InvokeNode* invoke;
  using asmjit::FuncSignatureT;
  constexpr auto kHost = asmjit::CallConvId::kHost;
  if (receiver_call) {
    cc_.invoke(&invoke, reinterpret_cast<uint64_t>(&residual_receiver_call),
               FuncSignatureT<uint64_t, void*, uint64_t, uint64_t>(kHost));
    invoke->setArg(0, vm);
  } else {
    switch (args.size()) {
      case 1:
        cc_.invoke(&invoke, reinterpret_cast<uint64_t>(&residual_call1),
                   FuncSignatureT<uint64_t, void*, int64_t, uint64_t>(kHost));
        break;
      case 2:
        cc_.invoke(&invoke, reinterpret_cast<uint64_t>(&residual_call2),
                   FuncSignatureT<uint64_t, void*, int64_t, uint64_t, uint64_t>(kHost));
        break;
      default:
        cc_.invoke(&invoke, reinterpret_cast<uint64_t>(&residual_call3),
                   FuncSignatureT<uint64_t, void*, int64_t, uint64_t, uint64_t, uint64_t>(kHost));
        break;
    }
    invoke->setArg(0, vm);
    invoke->setArg(1, index);
  }
  uint32_t first_word = receiver_call ? 1 : 2;  // after vm (and the index)
  for (size_t k = 0; k < args.size(); ++k) {
    invoke->setArg(first_word + static_cast<uint32_t>(k), words[k]);
  }
  invoke->setRet(0, d);
  cc_.test(d, d);
  exit_if(CondCode::kZ, ins.snap);
  return true;
}

// A call of a compiled function in machine code (jit/call_trace.h): the
// checks of call_compiled and of its fast path, the callee's frame pushed
// as push_positional_frame pushes it, the callee's function trace run in
// it, and at its return the frame popped and the result in `d` (a small
// int boxed, a tagged value as it is), then on to `done`. Other exits of
// the callee's trace go to call_compiled_finish. A check that fails jumps
// to `slow` (call_compiled) before anything changed. Returns false,
// emitting nothing, when the call site does not fit (keyword or default
// arguments, stress mode).
// Before machine code enters a compiled callee: lowers the deepest call's
// stack pointer (deepest_call_sp_address) to this one.
void X64Emitter::emit_note_call_sp() {
  x86::Gp deepest = cc_.newIntPtr("deepest_sp");
  cc_.mov(deepest, asmjit::Imm(reinterpret_cast<int64_t>(deepest_call_sp_address())));
  Label higher = cc_.newLabel();
  cc_.cmp(x86::rsp, x86::qword_ptr(deepest));
  cc_.jae(higher);
  cc_.mov(x86::qword_ptr(deepest), x86::rsp);
  cc_.bind(higher);
}

// After a compiled call returned to nesting level `nest`: when it was the
// outermost one (nest 0), zeroes the native stack from kCallScrubMarginBytes
// below the deepest call's stack pointer up to this frame, and resets the
// deepest. The collector scans the native stack conservatively, and the
// frames of a recursion leave their spill slots and exit buffers there: the
// next recursion's frames, until they write those words, would keep the
// objects they point to alive (the trees checked before, in binary_trees.py).
// Once per outermost call, so a recursion pays one pass over the stack it
// used, not one per call. The call's exit buffers in this frame
// (`root_exits`, and `side_exits` unless it is the same register) are zeroed
// too: a callee's exit leaves its values there (the subtrees of the tree it
// checked) until the next call overwrites them.
void X64Emitter::emit_scrub_call_stack(x86::Gp nest, x86::Gp root_exits, x86::Gp side_exits) {
  Label skip = cc_.newLabel();
  cc_.test(nest, nest);
  cc_.jnz(skip);
  x86::Gp deepest = cc_.newIntPtr("deepest_sp");
  x86::Gp p = cc_.newIntPtr("scrub_at");
  cc_.mov(deepest, asmjit::Imm(reinterpret_cast<int64_t>(deepest_call_sp_address())));
  x86::Xmm zero = cc_.newXmm("zero");
  cc_.xorps(zero, zero);
  for (int32_t k = 0; k < kFastCallExitWords; k += 2) {
    cc_.movups(x86::xmmword_ptr(root_exits, 8 * k), zero);
    if (side_exits.id() != root_exits.id()) cc_.movups(x86::xmmword_ptr(side_exits, 8 * k), zero);
  }
  cc_.mov(p, x86::qword_ptr(deepest));
  cc_.cmp(p, x86::rsp);
  cc_.jae(skip);  // no call noted (UINTPTR_MAX)
  cc_.sub(p, static_cast<int32_t>(kCallScrubMarginBytes));
  cc_.and_(p, -16);
  cc_.mov(x86::qword_ptr(deepest), -1);
  Label loop = cc_.newLabel();
  cc_.bind(loop);
  cc_.movups(x86::xmmword_ptr(p), zero);
  cc_.add(p, 16);
  cc_.cmp(p, x86::rsp);
  cc_.jb(loop);
  cc_.bind(skip);
}

bool X64Emitter::emit_fast_compiled_call(const std::vector<Ref>& args, x86::Gp d, Label slow,
                                         Label done) {
  if (config_.stress_counter != nullptr || config_.vm == nullptr || args.size() < 4) return false;
  for (size_t k = 0; k < 4; ++k) {
    if (!ir_.is_const(args[k])) return false;
  }
  int64_t nflush = ir_.const_int(args[3]);
  size_t first_arg = 4 + 2 * static_cast<size_t>(nflush);
  if (nflush < 0 || args.size() < first_arg) return false;
  for (int64_t k = 0; k < nflush; ++k) {
    if (!ir_.is_const(args[4 + 2 * static_cast<size_t>(k)])) return false;
  }
  uint64_t function_bits = ir_.const_bits(args[2]);
  auto* function = Value::from_raw(function_bits).as<runtime::Function>();
  const runtime::Code* code = function->code;
  size_t nargs = args.size() - first_arg;
  constexpr uint32_t kNotPlain = runtime::kCoVarArgs | runtime::kCoVarKeywords;
  if ((code->flags & kNotPlain) != 0 || code->kwonlyargcount != 0 ||
      static_cast<size_t>(code->argcount) != nargs || code->nlocalsplus < code->argcount) {
    return false;
  }
  vm::VM& vm = *config_.vm;
  vm::FrameStack::Fields fields = vm.frames().fields();
  auto imm = [](const void* p) { return asmjit::Imm(reinterpret_cast<int64_t>(p)); };
  constexpr int32_t kHeader = static_cast<int32_t>(sizeof(vm::Frame));
  // The push below writes every header field init_header writes: a new
  // field of vm::Frame must be written here too.
  static_assert(sizeof(vm::Frame) == 11 * sizeof(Value), "vm::Frame changed: update this push");
  int32_t words = kHeader / 8 + code->nlocalsplus + code->stacksize;

  // The checks: nesting bound, the callee's trace fits, no pending work,
  // the recursion limit, the native stack, the VM stack's space.
  x86::Gp nest_p = cc_.newIntPtr("nest_p");
  x86::Gp nest = cc_.newInt32("nest");
  x86::Gp tmp = cc_.newInt64("tmp");
  // The VM's words and the frame stack's are addressed from two base
  // registers (one 64-bit immediate each instead of one per access).
  x86::Gp vm_base = cc_.newIntPtr("vm_base");
  x86::Gp stack_base = cc_.newIntPtr("stack_base");
  cc_.mov(vm_base, imm(&vm));
  cc_.mov(stack_base, imm(fields.next_free));
  auto field = [&](x86::Gp base, const void* base_address, const void* p, uint32_t size) {
    int64_t delta = reinterpret_cast<intptr_t>(p) - reinterpret_cast<intptr_t>(base_address);
    if (delta >= INT32_MIN && delta <= INT32_MAX) {
      return x86::ptr(base, static_cast<int32_t>(delta), size);
    }
    cc_.mov(tmp, imm(p));  // the word is elsewhere
    return x86::ptr(tmp, 0, size);
  };
  auto vm_word = [&](const void* p, uint32_t size) { return field(vm_base, &vm, p, size); };
  auto stack_word = [&](const void* p) { return field(stack_base, fields.next_free, p, 8); };
  auto stack_depth = [&] { return field(stack_base, fields.next_free, fields.depth, 4); };
  cc_.mov(nest_p, imm(compiled_nesting_address()));
  cc_.mov(nest, x86::dword_ptr(nest_p));
  cc_.cmp(nest, kMaxCompiledNesting);
  cc_.jge(slow);
  x86::Gp t = cc_.newIntPtr("callee_trace");
  cc_.mov(t, asmjit::Imm(static_cast<int64_t>(ir_.const_bits(args[0]))));
  cc_.mov(t, x86::qword_ptr(t, static_cast<int32_t>(offsetof(HotLoop, trace))));
  cc_.test(t, t);
  cc_.jz(slow);
  cc_.mov(tmp, asmjit::Imm(static_cast<int64_t>(function_bits)));
  cc_.cmp(x86::qword_ptr(t, trace_offset(&t_.call_fast_function)), tmp);
  cc_.jne(slow);
  cc_.cmp(vm_word(vm.pending_work_flag(), 1), 0);
  cc_.jne(slow);
  x86::Gp depth = cc_.newInt32("depth");
  cc_.mov(depth, stack_depth());
  cc_.add(depth, vm_word(vm.native_depth_address(), 4));
  cc_.cmp(depth, vm_word(vm.recursion_limit_address(), 4));
  cc_.jge(slow);
  cc_.cmp(x86::rsp, vm_word(vm.native_stack_limit_address(), 8));
  cc_.jb(slow);
  x86::Gp frame = cc_.newIntPtr("callee_frame");
  x86::Gp end = cc_.newIntPtr("frame_end");
  cc_.mov(frame, stack_word(fields.next_free));
  cc_.lea(end, x86::ptr(frame, 8 * words));
  cc_.cmp(end, stack_word(fields.limit));
  cc_.ja(slow);

  // The push (vm::FrameStack::push_call and init_header).
  cc_.mov(stack_word(fields.next_free), end);
  x86::Gp prev = cc_.newIntPtr("caller_frame");
  cc_.mov(prev, stack_word(fields.top));
  auto store_imm64 = [&](int32_t offset, uint64_t value) {
    if (value == 0) {
      cc_.mov(x86::qword_ptr(frame, offset), 0);
    } else {
      cc_.mov(tmp, asmjit::Imm(static_cast<int64_t>(value)));
      cc_.mov(x86::qword_ptr(frame, offset), tmp);
    }
  };
  auto ptr_bits = [](const void* p) { return reinterpret_cast<uint64_t>(p); };
  cc_.mov(x86::qword_ptr(frame, offsetof(vm::Frame, previous)), prev);
  store_imm64(offsetof(vm::Frame, code), ptr_bits(code));
  store_imm64(offsetof(vm::Frame, function), ptr_bits(function));
  store_imm64(offsetof(vm::Frame, globals), ptr_bits(function->globals));
  store_imm64(offsetof(vm::Frame, builtins), ptr_bits(function->builtins));
  store_imm64(offsetof(vm::Frame, locals_mapping), 0);
  store_imm64(offsetof(vm::Frame, pc), ptr_bits(code->instructions()));
  cc_.lea(tmp, x86::ptr(frame, kHeader + 8 * code->nlocalsplus));
  cc_.mov(x86::qword_ptr(frame, offsetof(vm::Frame, sp)), tmp);
  cc_.mov(x86::dword_ptr(frame, offsetof(vm::Frame, current_unit)), 0);
  cc_.mov(x86::word_ptr(frame, offsetof(vm::Frame, is_entry)), 0);
  cc_.mov(x86::word_ptr(frame, offsetof(vm::Frame, init_frame)), 0);
  store_imm64(offsetof(vm::Frame, kwnames), 0);
  store_imm64(offsetof(vm::Frame, generator), 0);
  for (size_t i = 0; i < nargs; ++i) {
    Ref x = args[first_arg + i];
    auto offset = static_cast<int32_t>(kHeader + 8 * i);
    if (ir_.is_const(x)) {
      store_imm64(offset, ir_.const_bits(x));
    } else {
      cc_.mov(x86::qword_ptr(frame, offset), gp(x));
    }
  }
  for (int32_t i = code->argcount; i < code->nlocalsplus; ++i) {
    store_imm64(kHeader + 8 * i, 0);
  }
  // The value stack too: compiled code keeps its stack values in registers,
  // and the collector scans the words of the running frame's value stack
  // (and of a calling frame, those up to its CALL's operands) as possible
  // references. Left as they are, they would be the stale words of earlier
  // frames at this place (the subtrees of a tree checked before, in
  // binary_trees.py) and keep dead objects alive.
  for (int32_t i = 0; i < code->stacksize; ++i) {
    store_imm64(kHeader + 8 * (code->nlocalsplus + i), 0);
  }
  cc_.mov(stack_word(fields.top), frame);
  cc_.add(stack_depth(), 1);
  // The caller stands at the CALL, its changed locals flushed (call_compiled).
  cc_.mov(x86::dword_ptr(prev, offsetof(vm::Frame, current_unit)),
          static_cast<int32_t>(ir_.const_int(args[1])));
  for (int64_t k = 0; k < nflush; ++k) {
    auto slot = static_cast<int32_t>(ir_.const_int(args[4 + 2 * static_cast<size_t>(k)]));
    Ref x = args[5 + 2 * static_cast<size_t>(k)];
    int32_t offset = kHeader + 8 * slot;
    if (ir_.is_const(x)) {
      cc_.mov(tmp, asmjit::Imm(static_cast<int64_t>(ir_.const_bits(x))));
      cc_.mov(x86::qword_ptr(prev, offset), tmp);
    } else {
      cc_.mov(x86::qword_ptr(prev, offset), gp(x));
    }
  }

  // The callee's function trace, one nesting deeper.
  x86::Gp nest1 = cc_.newInt32("nest1");
  cc_.lea(nest1, x86::ptr(nest, 1));
  cc_.mov(x86::dword_ptr(nest_p), nest1);
  cc_.add(x86::qword_ptr(t, trace_offset(&t_.entries)), 1);
  x86::Mem buffer = cc_.newStack(8 * kFastCallExitWords, 16);
  x86::Gp values = cc_.newIntPtr("callee_exits");
  cc_.lea(values, buffer);
  x86::Gp locals = cc_.newIntPtr("callee_slots");
  cc_.lea(locals, x86::ptr(frame, kHeader));
  x86::Gp none = cc_.newIntPtr("no_inherited");
  cc_.xor_(none, none);
  x86::Gp target = cc_.newIntPtr("callee_entry");
  cc_.mov(target, x86::qword_ptr(t, trace_offset(&t_.entry)));
  emit_note_call_sp();
  x86::Gp exit = cc_.newInt32("callee_exit");
  asmjit::InvokeNode* call;
  cc_.invoke(&call, target,
             asmjit::FuncSignatureT<uint32_t, Value*, uint64_t*, const uint64_t*>(
                 asmjit::CallConvId::kHost));
  call->setArg(0, locals);
  call->setArg(1, values);
  call->setArg(2, none);
  call->setRet(0, exit);

  // At a return (unless finalizers wait): pop the frame, the result to `d`
  // (a small int boxed, a tagged value as it is), on to `done`.
  auto emit_return = [&](x86::Gp trace, x86::Gp exit_values, Label other) {
    cc_.cmp(vm_word(&vm.suspended_cleanup_generators, 8), 0);
    cc_.jne(other);
    x86::Gp index = cc_.newInt64("return_entry");
    cc_.movsxd(index, x86::dword_ptr(trace, trace_offset(&t_.return_entry)));
    x86::Gp result = cc_.newInt64("result");
    cc_.mov(result, x86::qword_ptr(exit_values, index, 3));
    Label boxed = cc_.newLabel();
    Label pop = cc_.newLabel();
    cc_.cmp(x86::byte_ptr(trace, trace_offset(&t_.return_type)),
            static_cast<int32_t>(IrType::kVal));
    cc_.je(boxed);
    cc_.mov(tmp, asmjit::Imm(int64_t{1} << 62));
    cc_.add(tmp, result);
    cc_.js(other);
    cc_.lea(d, x86::ptr(result, result, 0, 1));
    cc_.jmp(pop);
    cc_.bind(boxed);
    cc_.mov(d, result);
    cc_.bind(pop);
    cc_.mov(x86::dword_ptr(nest_p), nest);
    cc_.mov(stack_word(fields.next_free), frame);
    cc_.mov(stack_word(fields.top), prev);
    cc_.sub(stack_depth(), 1);
    emit_scrub_call_stack(nest, values, exit_values);
    cc_.jmp(done);
  };
  // Any other exit: call_compiled's rest (side traces, dispatcher, interpreter).
  auto emit_finish = [&](x86::Gp trace, x86::Gp trace_exit, x86::Gp exit_values) {
    cc_.mov(x86::dword_ptr(nest_p), nest);
    x86::Gp vm_reg = cc_.newIntPtr("vm");
    cc_.mov(vm_reg, vm_base);
    asmjit::InvokeNode* rest;
    cc_.invoke(&rest, reinterpret_cast<uint64_t>(&call_compiled_finish),
               asmjit::FuncSignatureT<uint64_t, void*, void*, void*, void*, uint32_t, void*>(
                   asmjit::CallConvId::kHost));
    rest->setArg(0, vm_reg);
    rest->setArg(1, t);
    rest->setArg(2, trace);
    rest->setArg(3, frame);
    rest->setArg(4, trace_exit);
    rest->setArg(5, exit_values);
    rest->setRet(0, d);
    emit_scrub_call_stack(nest, values, exit_values);
    cc_.jmp(done);
  };

  Label root_return = cc_.newLabel();
  Label root_finish = cc_.newLabel();
  Label side_finish = cc_.newLabel();
  cc_.cmp(exit, x86::dword_ptr(t, trace_offset(&t_.loop_exit)));
  cc_.je(root_return);
  // The exit's inheriting side trace (call_compiled_finish chose it), with
  // the root's exit buffer as its inherited values.
  cc_.cmp(exit, x86::dword_ptr(t, trace_offset(&t_.call_fast_side_exit)));
  cc_.jne(root_finish);
  cc_.cmp(vm_word(vm.pending_work_flag(), 1), 0);
  cc_.jne(root_finish);
  x86::Gp side = cc_.newIntPtr("callee_side");
  cc_.mov(side, x86::qword_ptr(t, trace_offset(&t_.call_fast_side)));
  cc_.mov(tmp, x86::qword_ptr(t, trace_offset(&t_.call_fast_side_count)));
  cc_.add(x86::qword_ptr(tmp), 1);
  cc_.add(x86::qword_ptr(side, trace_offset(&t_.entries)), 1);
  x86::Mem side_buffer = cc_.newStack(8 * kFastCallExitWords, 16);
  x86::Gp side_values = cc_.newIntPtr("side_exits");
  cc_.lea(side_values, side_buffer);
  x86::Gp side_target = cc_.newIntPtr("side_entry");
  cc_.mov(side_target, x86::qword_ptr(side, trace_offset(&t_.entry)));
  emit_note_call_sp();
  x86::Gp side_exit = cc_.newInt32("side_exit");
  asmjit::InvokeNode* side_call;
  cc_.invoke(&side_call, side_target,
             asmjit::FuncSignatureT<uint32_t, Value*, uint64_t*, const uint64_t*>(
                 asmjit::CallConvId::kHost));
  side_call->setArg(0, locals);
  side_call->setArg(1, side_values);
  side_call->setArg(2, values);
  side_call->setRet(0, side_exit);
  cc_.cmp(side_exit, x86::dword_ptr(side, trace_offset(&t_.loop_exit)));
  cc_.jne(side_finish);
  emit_return(side, side_values, side_finish);
  cc_.bind(side_finish);
  emit_finish(side, side_exit, side_values);
  cc_.bind(root_return);
  emit_return(t, values, root_finish);
  cc_.bind(root_finish);
  emit_finish(t, exit, values);
  return true;
}

}  // namespace pyvm::jit::x64
