// The recorder: while a hot loop runs one iteration in the interpreter, each
// instruction is translated into IR before the interpreter executes it,
// specialised on the operand types it actually sees, with a guard (and a
// snapshot) for every assumption. The trace closes when the loop header is
// reached again in the same frame; anything unsupported aborts with an
// AbortReason.
//
// Invariants:
//   - The recorder's slot map mirrors the frame: slot s holds the IR ref of
//     the value the frame holds in localsplus/value-stack slot s (0: the value
//     the frame held at trace entry, not loaded yet), and `depth_` equals the
//     interpreter's stack depth before each recorded instruction (checked).
//   - Within one instruction, every guard is emitted before any store, so a
//     failing guard resumes the interpreter at that instruction exactly.
//   - A call of a Python function is followed into the callee
//     (jit/recorder_calls.cpp): the recorder's current frame state (`frame_`,
//     `code_`, `nlocals_`, `depth_`, `base_`) describes the innermost frame,
//     `callers_` holds its callers' states, and the callee's slots live at
//     virtual slot `base_` and up (jit/inline_frames.h).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "jit/abort.h"
#include "jit/hotcount.h"
#include "jit/options.h"
#include "jit/residual.h"
#include "jit/trace.h"
#include "vm/frame.h"

namespace pyvm::jit {

class Recorder {
 public:
  enum class Status { kContinue, kDone, kAborted };

  Recorder(vm::VM& vm, const JitOptions& options) : vm_(vm), options_(options) {}

  bool active() const { return trace_ != nullptr; }
  // Starts recording the loop whose header is `header_unit` in `frame`.
  void start(vm::Frame* frame, int32_t header_unit, int trace_id);
  // Records the instruction at `unit` (opcode and full oparg) about to run in
  // `frame` with stack pointer `sp`.
  Status record(vm::Frame* frame, int32_t unit, uint8_t opcode, uint32_t oparg, Value* sp);
  // Stops with `reason` (no trace).
  void abort(AbortReason reason);
  // Side traces (jit/side_recorder.cpp). `link_depth(unit)` is the entry
  // depth of the compiled trace whose loop header is `unit` in the recorded
  // code object, or -1.
  using LinkQuery = std::function<int32_t(int32_t unit)>;
  // Starts recording a side trace at `pc` of `frame` (the state a parent's
  // exit just restored); it ends at the first loop header with a trace.
  void start_side(vm::Frame* frame, int32_t pc, int trace_id, LinkQuery link_depth);
  bool side() const { return side_; }
  // Side trace inheritance (jit/side_inherit.cpp): the slots `parent`'s
  // exit `exit` wrote start as SINHERIT loads of its exit buffer (typed,
  // unboxed, no guard) instead of SLOADs, unless the snapshot cannot be
  // inherited (a sunk object, an inlined frame).
  void inherit_parent(const Trace& parent, uint32_t exit);
  // After start_side() at an exit inside inlined frames (jit/side_callee.h):
  // records on in the innermost rebuilt frame, with the parent's chain as
  // the side trace's inlined frames and the exit's values inherited. False
  // when that cannot be done (abort then).
  bool start_side_in_callee(const Trace& parent, uint32_t exit);
  // After start_side() at an exit inside an inlined generator
  // (jit/side_generator.h): the exit's values are inherited, the
  // generator's slots included, for the FOR_ITER that resumes it.
  void start_side_in_generator(const Trace& parent, uint32_t exit);
  // The parent's sunk object `alloc` of snapshot `snap`, allocated again
  // (its fields from exit-buffer word `word` on); jit/side_inherit.cpp.
  Ref inherit_sunk(const Trace& parent, const Snapshot& snap, Ref alloc, size_t word);
  // Function traces (jit/recorder_recursion.cpp). Starts recording a
  // function trace at `entry_unit` (after its RESUME) of `frame`.
  void start_function(vm::Frame* frame, int32_t entry_unit, int trace_id);
  // The side trace just started belongs to a function trace: it ends at the
  // frame's RETURN_VALUE too.
  void set_function_mode() { function_mode_ = true; }
  bool function_mode() const { return function_mode_; }
  // The function-entry state of a code object (its function trace), for
  // calls of compiled functions.
  using FunctionEntryQuery = std::function<HotLoop*(runtime::Code* code)>;
  void set_function_entries(FunctionEntryQuery query) { function_entry_ = std::move(query); }
  // The CALL about to run was recorded as a call of a compiled function:
  // the interpreter runs the callee without recording it (cleared here).
  bool take_opaque_call() {
    bool pending = opaque_call_pending_;
    opaque_call_pending_ = false;
    return pending;
  }

  AbortReason abort_reason() const { return abort_reason_; }
  int32_t abort_unit() const { return abort_unit_; }
  // The finished trace (after kDone); the recorder becomes inactive.
  std::unique_ptr<Trace> take_trace();
  // The code object and header of the recording (valid until inactive).
  runtime::Code* code() const { return root_code_; }
  int32_t header_unit() const { return header_unit_; }
  vm::Frame* frame() const { return root_frame_; }
  // Where inside an inlined callee the recording stopped ("" at the root).
  const std::string& abort_detail() const { return abort_detail_; }

 private:
  bool dispatch(uint8_t opcode, uint32_t oparg);
  bool fail(AbortReason reason);

  // Slots and the value stack.
  Value actual_slot(int32_t s) const { return frame_->localsplus()[s]; }
  Value actual_top(int32_t n) const { return sp_[-n]; }
  // `s` indexes the current frame's localsplus + value stack.
  Ref slot(int32_t s);
  Ref& slot_ref(int32_t s) { return slots_[static_cast<size_t>(base_ + s)]; }
  Ref top(int32_t n) { return slot(nlocals_ + depth_ - n); }
  void set_top(int32_t n, Ref r) { slot_ref(nlocals_ + depth_ - n) = r; }
  void push(Ref r) { slot_ref(nlocals_ + depth_++) = r; }
  void pop(int32_t n) {
    depth_ -= n;
    for (int32_t i = 0; i < n; ++i) slot_ref(nlocals_ + depth_ + i) = kNoRef;
  }

  // IR emission helpers.
  uint16_t snap();
  uint16_t snap_at(int32_t pc, int32_t depth);
  Ref emit(IrOp op, IrType type, Ref a = kNoRef, Ref b = kNoRef, int32_t imm = 0);
  Ref guard(IrOp op, Ref a, Ref b = kNoRef, int32_t imm = 0, IrType type = IrType::kVoid);
  Ref kobj(const void* p) { return ir().kval(reinterpret_cast<uint64_t>(p)); }
  // A type or dict version: an int constant the dump does not print (it
  // depends on everything created before).
  Ref kversion(uint64_t v) { return ir().kval(v, IrType::kInt); }
  IrBuffer& ir() { return trace_->ir; }

  enum class Kind { kInt, kNum, kBool, kOther };
  Kind kind_of(Ref r, Value actual) const;
  Ref to_int(Ref r);
  Ref to_num(Ref r, Kind kind);
  Ref to_val(Ref r);
  Ref guard_type(Ref r, runtime::Type* type);
  int branch(Ref cond, Value actual, bool jump_if);
  bool close_iteration(int32_t pc, int32_t depth);
  void guard_dict_keys(runtime::Dict* d);
  void guard_dict_version(runtime::Dict* d);

  // One handler per supported opcode family.
  bool rec_load_fast(uint32_t oparg);
  bool rec_store_fast(uint32_t oparg);
  bool rec_load_const(uint32_t oparg);
  bool rec_pop_top(uint32_t oparg);
  bool rec_push_null(uint32_t oparg);
  bool rec_copy(uint32_t oparg);
  bool rec_swap(uint32_t oparg);
  bool rec_binary_op(uint32_t oparg);
  bool rec_int_binary(uint32_t op, Ref a, Ref b);
  bool rec_num_binary(uint32_t op, Ref a, Ref b);
  bool rec_compare_op(uint32_t oparg);
  bool rec_is_op(uint32_t oparg);
  bool rec_unary_negative(uint32_t oparg);
  bool rec_unary_not(uint32_t oparg);
  bool rec_pop_jump(uint8_t opcode, uint32_t oparg);
  bool rec_jump_backward(uint32_t oparg);
  bool rec_for_iter(uint32_t oparg);
  bool rec_for_range(Ref it);
  bool rec_for_list(Ref it);
  // Dict, dict-view and set iterators (jit/recorder_dictiter.cpp).
  bool is_container_iterator(Value v) const;
  bool rec_for_container(Ref it, Value actual);
  bool rec_for_container_exhausted(Ref it, Value actual);
  bool iterable_container(Value v) const;
  bool container_exhausted(Value it) const;
  bool rec_load_global(uint32_t oparg);
  bool rec_binary_subscr(uint32_t oparg);
  Ref sequence_index(Ref key, int64_t actual, Ref length);
  bool stable_global(Value v) const;
  Ref load_global_entry(runtime::Dict* d, int64_t entry);
  bool rec_store_subscr(uint32_t oparg);
  bool rec_unpack_sequence(uint32_t oparg);
  bool rec_load_attr(uint32_t oparg);
  bool rec_store_attr(uint32_t oparg);
  void guard_instance_layout(Ref owner, const runtime::InlineCache* c);

  void note_instruction(uint8_t opcode, uint32_t oparg);

  // Calls (jit/recorder_calls.cpp).
  struct CallerState {
    vm::Frame* frame;
    runtime::Code* code;
    int32_t nlocals;
    int32_t depth;
    int32_t base;
    int32_t inline_frame;
  };
  bool inlined() const { return !callers_.empty(); }
  bool enter_callee(vm::Frame* frame);
  bool rec_load_method(uint32_t oparg);
  const runtime::InlineCache* attribute_cache(runtime::InlineCache* scratch, Value o,
                                              uint32_t name_index);
  const runtime::InlineCache* store_cache(runtime::InlineCache* scratch, Value o,
                                          uint32_t name_index);
  bool rec_precall(uint32_t oparg);
  bool rec_call(uint32_t oparg);
  bool rec_inline_call(runtime::Function* f, Ref callable, const std::vector<Ref>& args,
                       int32_t call_depth, bool dunder = false);
  bool rec_dunder_op(uint32_t oparg, bool compare);
  bool rec_jump_or_pop(uint8_t opcode);
  bool rec_for_enumerate(Ref it, Value actual);
  bool unpack_enumerate_pair(uint32_t oparg);
  bool rec_unary_invert(uint32_t oparg);
  Ref container_truth(Ref cond, Value actual, bool* truth);
  bool rec_isinstance(Ref callable_ref, const std::vector<Ref>& args, const Value* actual_args);
  Ref guard_exact_type(Ref r, Value actual);
  bool rec_builtin_call(Value callable, Ref callable_ref, const std::vector<Ref>& args,
                        const Value* actual_args);
  bool rec_return_value(uint32_t oparg);
  // Calls of compiled functions and function-trace returns
  // (jit/recorder_recursion.cpp).
  bool wants_opaque_call(runtime::Function* f) const;
  bool rec_opaque_call(runtime::Function* f, Ref callable, const std::vector<Ref>& args,
                       int32_t call_depth);
  bool rec_function_return();
  bool function_backward(uint8_t opcode);
  bool rec_load_module_attr(Ref owner, Value o, uint32_t oparg, bool method);
  bool rec_copy_free_vars(uint32_t oparg);
  bool rec_load_deref(uint32_t oparg);
  bool rec_store_deref(uint32_t oparg);
  void guard_callable(Ref callable, Ref expected);
  bool is_math_sqrt(Value callable);
  // The entries of a snapshot taken now, in `snap_entries_` (reused, so
  // taking a snapshot allocates nothing).
  const std::vector<SnapEntry>& snapshot_entries(int32_t depth);
  // Side-trace recording (jit/side_recorder.cpp): -1 when `opcode` is
  // recorded as in a root trace, else 1 (recorded) or 0 (abort).
  int dispatch_side(uint8_t opcode, uint32_t oparg);
  // At a loop header with a trace: closes the side trace (kDone), or
  // kContinue when `unit` is no link target.
  Status side_link(int32_t unit);
  bool side_backward(int32_t target);
  bool rec_for_exhausted();
  bool rec_get_iter();
  bool is_range_call(uint32_t argc) const;
  bool rec_range_call(uint8_t opcode, uint32_t argc);
  bool rec_load_append(uint32_t oparg);
  bool is_append_call(uint32_t argc) const;
  bool is_const_value(Ref r, Value v) const;
  bool rec_append_call();
  // Allocations (jit/recorder_alloc.cpp).
  bool plain_class_init(runtime::Type* cls, size_t nargs, Value* init);
  bool rec_class_call(Value callable, Ref callable_ref, const std::vector<Ref>& args,
                      int32_t call_depth);
  bool rec_init_return();
  void leave_inline_frame();
  bool rec_store_add(const runtime::InlineCache* c);
  // Residual calls (jit/recorder_generic.cpp): -1 when `opcode` is not
  // recorded as a residual call, else 1 (recorded) or 0 (abort).
  int dispatch_generic(uint8_t opcode, uint32_t oparg);
  int gen_fail(AbortReason reason);
  runtime::Type* known_type(Ref r);
  Ref exact_val(Ref r, Value actual);
  Ref residual(Residual which, const std::vector<Ref>& args);
  Ref residual_bool(Ref call);
  bool residual_operand(Value v) const;
  bool residual_key(Value container, Value key) const;
  bool residual_callable(Value callable, bool* str_result);
  int gen_binary_op(uint32_t oparg);
  int gen_int_binary_op(uint32_t oparg);
  bool is_wide_int(Ref r) const;
  int nonneg_int_bits(Ref r, int depth) const;
  int nonneg_const_bits(Ref r) const;
  // Bit length of the largest nonnegative small int (Value::kSmallIntMax).
  static constexpr int kSmallIntBits = 62;
  int gen_compare_op(uint32_t oparg);
  int gen_contains_op(uint32_t oparg);
  int gen_binary_subscr();
  int gen_store_subscr();
  int gen_format_value(uint32_t oparg);
  int gen_build(Residual which, uint32_t oparg);
  int gen_load_method(uint32_t oparg);
  int gen_make_function(uint32_t oparg);
  bool made_function(Ref r);
  int gen_list_append(uint32_t oparg);
  // List slices without a slice object (jit/recorder_slice.cpp).
  int gen_fused_slice(uint32_t oparg);
  int gen_fused_subscr(uint8_t opcode);
  Ref str_length(Ref r, Value actual);
  bool rec_residual_call(Value callable, Ref callable_ref, const std::vector<Ref>& args,
                         const Value* actual_args);
  // Generators resumed by FOR_ITER, inlined (jit/recorder_generators.cpp).
  bool in_generator() const;
  void guard_generator_state(Ref g, const runtime::Generator* gen);
  bool rec_for_generator(Ref it, Value actual);
  bool rec_generator_send(Value callable, Ref callable_ref, const std::vector<Ref>& args,
                          const Value* actual_args);
  bool enter_generator(Ref it, Value actual, Ref sent);
  Ref generator_slot(int32_t s);
  bool generator_backward(int32_t target);
  bool rec_yield_value();
  bool rec_root_yield();
  bool rec_consumed_yield();
  // `yield from` a list inside an inlined generator: -1 when `opcode` is
  // none of its instructions, else 1 (recorded) or 0 (abort).
  int dispatch_yield_from(uint8_t opcode, uint32_t oparg);
  bool rec_send();
  // Object-model extras (jit/recorder_objects.cpp).
  const runtime::InlineCache* matching_way(const runtime::InlineCache* c, Value o) const;
  Ref class_constant(Value v);
  bool rec_inline_get_iter();
  bool rec_inline_exhausted();
  bool inline_backward(int32_t target, uint32_t unroll);
  void prefer_call_for_long_loop();
  void guard_class(Ref owner, runtime::Type* cls);
  bool rec_other_attr(Ref owner, Value o, uint32_t oparg, const runtime::InlineCache* c,
                      bool method);
  bool replace_attribute_owner(Ref value, bool method);
  Ref object_truth(Ref cond, Value actual, bool* truth);
  bool rec_isinstance_tuple(Ref callable_ref, const std::vector<Ref>& args,
                            const Value* actual_args);
  bool rec_not_other(Ref a, Value actual);
  // Tuples (jit/recorder_tuple.cpp).
  bool rec_build_tuple(uint32_t oparg);
  bool unpack_built_tuple(uint32_t oparg);
  // Exceptions raised and caught in the trace (jit/recorder_exceptions.cpp):
  // -1 when `opcode` is not one of the handler's instructions, else 1 or 0.
  int dispatch_exceptions(uint8_t opcode, uint32_t oparg);
  bool rec_push_exc_info();
  bool rec_pop_except();
  bool rec_check_exc_match();
  bool rec_delete_fast(uint32_t oparg);
  // RAISE_VARARGS of an exception instance, and the unwinding to its handler
  // in this frame or an outer one of the trace (jit/recorder_exceptions.cpp).
  bool rec_raise(uint32_t oparg);
  bool raise_unwind(int32_t unit);
  bool builtin_exception_class(Value v) const;
  // Exception instances made and used in traces (jit/recorder_exc_objects.cpp).
  bool exception_class_init(runtime::Type* cls, Value* init);
  Ref new_exception(Ref cls, const std::vector<Ref>& args);
  bool rec_builtin_class_attr(Ref owner, Value o, uint32_t oparg, bool method);
  bool is_exception_init(Value callable) const;
  bool rec_exception_init(Ref callable_ref, const std::vector<Ref>& args, const Value* actual_args);
  bool guard_exception_type(Ref owner, runtime::Type* t);
  bool exception_dict_name(runtime::Type* t, const runtime::Str* name) const;
  bool exception_args_name(runtime::Type* t, runtime::Str* name) const;
  bool rec_exception_getattr(Ref owner, Value o, uint32_t oparg, bool method);
  bool rec_exception_setattr(uint32_t oparg);
  // Zero-argument super() in inlined methods (jit/recorder_super.cpp).
  bool is_zero_arg_super(Value callable, size_t nargs) const;
  bool rec_super_call(Ref callable_ref);
  bool rec_super_method(Ref owner, uint32_t oparg);
  bool rec_unpacked_native_call(Ref callable_ref, const std::vector<Ref>& args, Value actual_bound);
  bool constant_value(Ref r) const;

 public:
  // The interpreter is about to run the frame of a call the recorder follows
  // from native code (a dunder called by BINARY_OP): record it too.
  bool expects_callee() const { return trace_ != nullptr && inlined() && frame_ == nullptr; }
  // The instruction just recorded at `unit` of `frame` raised: true when the
  // trace follows the exception into its handler in the same frame (the
  // recording goes on), false to abort (jit/recorder_exceptions.cpp).
  bool record_raise(vm::Frame* frame, int32_t unit);
  uint16_t unstressed_copy(uint16_t s);

 private:
  vm::VM& vm_;
  const JitOptions& options_;
  std::unique_ptr<Trace> trace_;
  vm::Frame* frame_ = nullptr;  // the current frame (nullptr: a callee not entered yet)
  runtime::Code* code_ = nullptr;
  vm::Frame* root_frame_ = nullptr;
  runtime::Code* root_code_ = nullptr;
  int32_t base_ = 0;           // the current frame's first virtual slot
  int32_t inline_frame_ = -1;  // the current frame's InlineFrame, -1: the root
  std::vector<CallerState> callers_;
  std::string abort_detail_;
  int32_t call_depth_ = 0;  // the stack depth below the CALL being recorded
  // FOR_ITER over enumerate followed by UNPACK_SEQUENCE 2: the pair is never
  // built; the index waits here for the UNPACK at `pair_unit_` (-1: none).
  int32_t pair_unit_ = -1;
  Ref pair_index_ = kNoRef;
  int32_t header_unit_ = 0;
  int32_t nlocals_ = 0;
  int32_t depth_ = 0;
  std::vector<Ref> slots_;
  std::vector<SnapEntry> snap_entries_;
  Value* sp_ = nullptr;
  int32_t unit_ = 0;         // the instruction being recorded
  int32_t resume_unit_ = 0;  // where its snapshot resumes (its EXTENDED_ARG prefix)
  int32_t next_unit_ = 0;    // the unit after it (and its caches)
  bool in_prefix_ = false;
  bool closed_ = false;  // the back-edge to the header was recorded
  int instructions_ = 0;
  int32_t snap_unit_ = -1;  // the instruction whose snapshot is `snap_`
  uint16_t snap_ = kNoSnapshot;
  bool side_ = false;                  // recording a side trace
  std::vector<int32_t> back_targets_;  // side trace: backward jumps taken
  LinkQuery link_depth_;
  Value append_method_;  // side trace: list.append's descriptor, once loaded
  // Backward jumps taken in inlined generator frames: (InlineFrame, target).
  std::vector<std::pair<int32_t, int32_t>> generator_back_targets_;
  // (inline frame, FOR_ITER unit) of the loops GET_ITER started inside
  // inlined generator bodies: unrolled like loops in callees.
  std::vector<std::pair<int32_t, int32_t>> unrolled_heads_;
  // Side trace of an exit inside an inlined generator that inherits: the
  // generator's frame starts from the inherited slots (jit/side_generator.h).
  bool generator_inherited_ = false;
  AbortReason abort_reason_ = AbortReason::kUnsupportedOpcode;
  int32_t abort_unit_ = 0;
  bool function_mode_ = false;  // a function trace (or a side trace of one)
  bool opaque_call_pending_ = false;
  FunctionEntryQuery function_entry_;
  // The items (as recorded, floats unboxed) of the tuples BUILD_TUPLE made in
  // this trace, by NEWTUPLE ref: UNPACK_SEQUENCE of one forwards them.
  std::unordered_map<Ref, std::vector<Ref>> built_tuples_;
  // The super objects `super()` made in this trace, by their ref: the class
  // the MRO search starts after, the guarded exact type of self, self.
  struct SuperCall {
    runtime::Type* start;
    runtime::Type* object_type;
    Ref self;
  };
  std::unordered_map<Ref, SuperCall> supers_;
  // A BUILD_SLICE fused with the list subscript that follows it (-1: none).
  struct FusedSlice {
    int32_t unit = -1;         // the subscript instruction
    Ref placeholder = kNoRef;  // what BUILD_SLICE pushed (never read)
    std::vector<Ref> bounds;   // start, stop, step (or an immediate 0)
    uint16_t snapshot = 0;     // resumes at BUILD_SLICE
  } fused_slice_;
  // The RAISE_VARARGS just recorded (rec_raise): the recording, instruction
  // count and exception it raises, and the snapshot before it.
  struct PendingRaise {
    int trace_id = -1;
    int instruction = -1;
    Ref exc = kNoRef;
    uint16_t snapshot = 0;
  } raise_;
};

}  // namespace pyvm::jit
