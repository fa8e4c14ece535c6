// The dispatch loop (see vm/interpreter.h).
//
// Structure: `execute` keeps the running frame's state in locals (pc, sp,
// localsplus, consts, names) and dispatches with computed goto through a
// table generated from vm/opcodes.def. The rule is CPython's: an opcode body
// that fails jumps to `error`; one that succeeds dispatches the next
// instruction. Bodies stay short; slow paths live in vm/interpreter_support.cpp,
// inlined fast paths in vm/interpreter_fast_paths.h.
//
// Error path: `error` adds a traceback entry for the frame (unless the
// instruction re-raises), then `unwind` looks the faulting unit up in the
// exception table. A handler resets the value stack to its depth, pushes
// (lasti,) exception and jumps; no handler pops the frame and repeats in the
// caller, until the entry frame returns null to native code.
#include <cstring>

#include "jit/jit.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exception_group.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/generator_drop.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/yield_consumer.h"
#include "vm/call.h"
#include "vm/frame.h"
#include "vm/generator_frames.h"
#include "vm/import.h"
#include "vm/inline_cache.h"
#include "vm/interpreter.h"
#include "vm/interpreter_fast_paths.h"
#include "vm/interpreter_support.h"
#include "vm/opcodes.h"
#include "vm/pattern_matching.h"
#include "vm/pending_work.h"
#include "vm/vm.h"

namespace pyvm::vm {

using runtime::BinaryOp;
using runtime::CompareOp;
using runtime::Float;
using runtime::List;
using runtime::Tuple;

using fast_paths::can_resume_in_place;
using fast_paths::fast_binary;
using fast_paths::fast_compare;
using fast_paths::has_type;
using fast_paths::native_args_fit;

// Code generation for the dispatch loop: GCC's global CSE and cross-jumping
// would merge every opcode's `goto *` into one shared indirect jump, and the
// SLP vectorizer would pack pc and sp into one vector register (they are
// saved side by side in the frame); all three cost more than they save here.
// Clang has no such attribute (it warns and ignores it), so it gets none.
#if defined(__clang__)
#define PYVM_DISPATCH_CODEGEN
#else
#define PYVM_DISPATCH_CODEGEN \
  [[gnu::optimize("no-gcse", "no-crossjumping", "no-tree-slp-vectorize")]]
#endif
PYVM_DISPATCH_CODEGEN Value execute(VM& vm, Frame* entry, bool raise_pending,
                                    bool traceback_added) {
  // The computed-goto table: one label per opcode byte, built once.
  struct DispatchTable {
    void* targets[256];
  };
  static const DispatchTable kDispatch = ({
    DispatchTable table;
    for (void*& target : table.targets) target = &&op_unsupported;
#define PYVM_OPCODE(name, number, caches, jump, arg_kind) table.targets[number] = &&op_##name;
#include "vm/opcodes.def"
#undef PYVM_OPCODE
    table;
  });
  // Recording mode (jit/jit.h): every opcode goes through `op_record` first.
  static const DispatchTable kRecordDispatch = ({
    DispatchTable table;
    for (void*& target : table.targets) target = &&op_record;
    table;
  });
  void* const* dispatch_table = kDispatch.targets;
  // A callee the JIT's recording follows from native code (jit/jit.h).
  if (jit::recording_callee(vm)) {
    dispatch_table = kRecordDispatch.targets;
  }

  Frame* frame = entry;
  const uint16_t* first = nullptr;
  const uint16_t* pc = nullptr;
  const uint16_t* instr = nullptr;
  Value* sp = nullptr;
  Value* locals = nullptr;
  const Value* consts = nullptr;
  const Value* names = nullptr;
  uint32_t oparg = 0;
  uint8_t opcode = 0;
  bool add_traceback = true;

#define LOAD_FRAME()                       \
  do {                                     \
    first = frame->first_instruction();    \
    pc = frame->pc;                        \
    sp = frame->sp;                        \
    locals = frame->localsplus();          \
    consts = frame->code->consts->items(); \
    names = frame->code->names->items();   \
  } while (0)
#define SAVE_FRAME()                                           \
  do {                                                         \
    frame->pc = pc;                                            \
    frame->sp = sp;                                            \
    frame->current_unit = static_cast<int32_t>(instr - first); \
  } while (0)
#define DISPATCH()                \
  do {                            \
    instr = pc;                   \
    uint16_t word_ = *pc++;       \
    opcode = word_ & 0xff;        \
    oparg = word_ >> 8;           \
    goto* dispatch_table[opcode]; \
  } while (0)
#define TARGET(name) op_##name:
// Pops the running frame and hands `value` to its caller: back to native code
// for an entry frame, otherwise onto the caller's value stack.
#define RETURN_TO_CALLER(value)          \
  do {                                   \
    if (frame->is_entry) {               \
      vm.frames().pop(frame);            \
      return (value);                    \
    }                                    \
    Frame* caller_ = frame->previous;    \
    vm.frames().pop(frame);              \
    frame = caller_;                     \
    LOAD_FRAME();                        \
    instr = first + frame->current_unit; \
    PUSH(value);                         \
    DISPATCH();                          \
  } while (0)
// `op` is the running opcode, named so that its cache size is a constant.
#define SKIP_CACHES(op) pc += kCacheUnitTable[op]
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define NAME(i) (names[i].as<runtime::Str>())
#define JUMP_TO(unit) (pc = first + (unit))
// A back-edge taken `count` times: at the JIT threshold the JIT runs the
// loop's trace (then the frame is reloaded) or starts recording it.
#define JIT_BACKEDGE(count)                                                                       \
  if (__builtin_expect((count) >= vm.jit_threshold, 0)) {                                         \
    SAVE_FRAME();                                                                                 \
    switch (jit::on_backedge(vm, frame, frame->current_unit, static_cast<int32_t>(pc - first))) { \
      case jit::BackedgeAction::kRecord:                                                          \
        dispatch_table = kRecordDispatch.targets;                                                 \
        break;                                                                                    \
      case jit::BackedgeAction::kResumed:                                                         \
        frame = vm.frames().top(); /* an exit may rebuild inlined callee frames */                \
        LOAD_FRAME();                                                                             \
        break;                                                                                    \
      case jit::BackedgeAction::kResumedRecord:                                                   \
        frame = vm.frames().top(); /* a side trace may start in a rebuilt callee frame */         \
        LOAD_FRAME();                                                                             \
        dispatch_table = kRecordDispatch.targets;                                                 \
        break;                                                                                    \
      case jit::BackedgeAction::kResumedRaise:                                                    \
        goto jit_raise_at_call;                                                                   \
      default:                                                                                    \
        break;                                                                                    \
    }                                                                                             \
  }
// Runs `expr` with the frame's state saved (it may call back into Python or
// raise); a null result goes to the error path.
#define CHECK(v) \
  if ((v).is_null()) goto error
#define CHECK_INT(i) \
  if ((i) < 0) goto error
// The eval breaker (vm/pending_work.h): one load and branch on the fast path.
#define CHECK_PENDING_WORK()                        \
  if (__builtin_expect(vm.has_pending_work(), 0)) { \
    SAVE_FRAME();                                   \
    if (run_pending_work(vm) < 0) goto error;       \
  }

  LOAD_FRAME();
  if (raise_pending) {
    // generator.throw(): the exception is raised at the suspended yield.
    instr = first + frame->current_unit;
    add_traceback = !traceback_added;
    goto error;
  }
  DISPATCH();

  TARGET(CACHE) TARGET(NOP) { DISPATCH(); }

  TARGET(RESUME) {
    CHECK_PENDING_WORK();
    // Function entries count towards function traces (jit/call_trace.h).
    if (oparg == 0 && ++frame->code->counters[instr - first] >= vm.jit_threshold &&
        dispatch_table == kDispatch.targets) [[unlikely]] {
      SAVE_FRAME();
      switch (jit::on_function_entry(vm, frame, frame->current_unit)) {
        case jit::BackedgeAction::kRecord:
          dispatch_table = kRecordDispatch.targets;
          break;
        case jit::BackedgeAction::kResumed:
          frame = vm.frames().top();
          LOAD_FRAME();
          break;
        case jit::BackedgeAction::kResumedRecord:
          frame = vm.frames().top();
          LOAD_FRAME();
          dispatch_table = kRecordDispatch.targets;
          break;
        case jit::BackedgeAction::kResumedRaise:
          goto jit_raise_at_call;
        default:
          break;
      }
    }
    DISPATCH();
  }

  TARGET(EXTENDED_ARG) {
    instr = pc;
    uint16_t word = *pc++;
    opcode = word & 0xff;
    oparg = (oparg << 8) | (word >> 8);
    goto* dispatch_table[opcode];
  }

  TARGET(POP_TOP) {
    --sp;
    if (vm.suspended_cleanup_generators != 0) [[unlikely]] {
      SAVE_FRAME();  // a dropped generator may be closed (runtime/generator_drop.h)
      runtime::collect_dropped_generators(
          vm, runtime::generator_drop_check(vm, *sp, runtime::DropSite::kPop));
    }
    DISPATCH();
  }

  TARGET(PUSH_NULL) {
    PUSH(Value::null());
    DISPATCH();
  }

  TARGET(COPY) {
    Value v = PEEK(oparg);
    PUSH(v);
    DISPATCH();
  }

  TARGET(SWAP) {
    Value tmp = TOP();
    TOP() = PEEK(oparg);
    PEEK(oparg) = tmp;
    DISPATCH();
  }

  TARGET(LOAD_CONST) {
    PUSH(consts[oparg]);
    DISPATCH();
  }

  TARGET(LOAD_FAST) {
    Value v = locals[oparg];
    if (v.is_null()) {
      SAVE_FRAME();
      raise_unbound_local(vm, frame, static_cast<int>(oparg));
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_FAST) {
    if (vm.suspended_cleanup_generators != 0) [[unlikely]] {
      Value v = POP();
      SAVE_FRAME();
      runtime::collect_dropped_generators(vm,
                                          runtime::generator_replace_slot(vm, &locals[oparg], v));
      DISPATCH();
    }
    locals[oparg] = POP();
    DISPATCH();
  }

  TARGET(DELETE_FAST) {
    if (locals[oparg].is_null()) {
      SAVE_FRAME();
      raise_unbound_local(vm, frame, static_cast<int>(oparg));
      goto error;
    }
    if (vm.suspended_cleanup_generators != 0) [[unlikely]] {
      SAVE_FRAME();
      runtime::collect_dropped_generators(
          vm, runtime::generator_replace_slot(vm, &locals[oparg], Value::null()));
      DISPATCH();
    }
    locals[oparg] = Value::null();
    DISPATCH();
  }

  TARGET(LOAD_GLOBAL) {
    int64_t unit = instr - first;
    Value v = cached_global(cache_at(frame, unit), frame, NAME(oparg >> 1));
    if (v.is_null()) {
      SAVE_FRAME();
      v = load_global_miss(vm, frame, NAME(oparg >> 1), unit);
      CHECK(v);
    }
    if (oparg & 1) PUSH(Value::null());
    PUSH(v);
    SKIP_CACHES(LOAD_GLOBAL);
    DISPATCH();
  }

  TARGET(STORE_GLOBAL) {
    SAVE_FRAME();
    Value v = POP();
    runtime::DropCollection dropped = runtime::DropCollection::kNone;
    if (vm.suspended_cleanup_generators != 0) [[unlikely]] {
      dropped =
          runtime::generator_drop_check_name(vm, Value::from_object(frame->globals), NAME(oparg));
    }
    runtime::dict_set_str(vm, frame->globals, NAME(oparg), v);
    if (dropped != runtime::DropCollection::kNone) [[unlikely]] {
      runtime::collect_dropped_generators(vm, dropped);
    }
    DISPATCH();
  }

  TARGET(DELETE_GLOBAL) {
    SAVE_FRAME();
    runtime::DropCollection dropped = runtime::DropCollection::kNone;
    if (vm.suspended_cleanup_generators != 0) [[unlikely]] {
      dropped =
          runtime::generator_drop_check_name(vm, Value::from_object(frame->globals), NAME(oparg));
    }
    CHECK_INT(delete_global(vm, frame, NAME(oparg)));
    if (dropped != runtime::DropCollection::kNone) [[unlikely]] {
      runtime::collect_dropped_generators(vm, dropped);
    }
    DISPATCH();
  }

  TARGET(LOAD_NAME) {
    SAVE_FRAME();
    Value v = load_name(vm, frame, NAME(oparg));
    CHECK(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_NAME) {
    Value v = POP();
    SAVE_FRAME();
    runtime::DropCollection dropped = runtime::DropCollection::kNone;
    if (vm.suspended_cleanup_generators != 0) [[unlikely]] {
      dropped = runtime::generator_drop_check_name(vm, frame->locals_mapping, NAME(oparg));
    }
    CHECK_INT(store_name(vm, frame, NAME(oparg), v));
    if (dropped != runtime::DropCollection::kNone) [[unlikely]] {
      runtime::collect_dropped_generators(vm, dropped);
    }
    DISPATCH();
  }

  TARGET(DELETE_NAME) {
    SAVE_FRAME();
    runtime::DropCollection dropped = runtime::DropCollection::kNone;
    if (vm.suspended_cleanup_generators != 0) [[unlikely]] {
      dropped = runtime::generator_drop_check_name(vm, frame->locals_mapping, NAME(oparg));
    }
    CHECK_INT(delete_name(vm, frame, NAME(oparg)));
    if (dropped != runtime::DropCollection::kNone) [[unlikely]] {
      runtime::collect_dropped_generators(vm, dropped);
    }
    DISPATCH();
  }

  TARGET(LOAD_ATTR) {
    int64_t unit = instr - first;
    Value v = cached_load_attr(vm, cache_at(frame, unit), TOP(), NAME(oparg));
    if (v.is_null()) {
      SAVE_FRAME();
      v = load_attr_miss(vm, frame, TOP(), NAME(oparg), unit);
      CHECK(v);
    }
    TOP() = v;
    SKIP_CACHES(LOAD_ATTR);
    DISPATCH();
  }

  TARGET(STORE_ATTR) {
    int64_t unit = instr - first;
    Value owner = PEEK(1);
    Value v = PEEK(2);
    if (!cached_store_attr(vm, cache_at(frame, unit), owner, v)) {
      SAVE_FRAME();
      CHECK_INT(store_attr_miss(vm, frame, owner, NAME(oparg), v, unit));
    }
    sp -= 2;
    SKIP_CACHES(STORE_ATTR);
    DISPATCH();
  }

  TARGET(DELETE_ATTR) {
    SAVE_FRAME();
    CHECK_INT(runtime::set_attr(vm, TOP(), NAME(oparg), Value::null()));
    --sp;
    DISPATCH();
  }

  TARGET(LOAD_METHOD) {
    int64_t unit = instr - first;
    if (!cached_load_method(vm, cache_at(frame, unit), sp - 1)) {
      SAVE_FRAME();
      CHECK_INT(load_method_miss(vm, frame, NAME(oparg), sp - 1, unit));
    }
    ++sp;
    SKIP_CACHES(LOAD_METHOD);
    DISPATCH();
  }

  TARGET(PRECALL) {
    // Unpack a bound Python method so CALL can push its frame directly.
    Value* callable = sp - oparg - 1;
    if (callable[-1].is_null() && callable[0].is_object() &&
        callable[0].object()->type == vm.types().method) {
      auto* method = callable[0].as<runtime::Method>();
      callable[-1] = method->function;
      callable[0] = method->self;
    }
    SKIP_CACHES(PRECALL);
    DISPATCH();
  }

  TARGET(KW_NAMES) {
    frame->kwnames = consts[oparg].as<Tuple>();
    DISPATCH();
  }

  TARGET(CALL) {
    Value* base = sp - oparg - 2;
    Value callable = base[1];
    Value* args = base + 2;
    size_t nargs = oparg;
    if (!base[0].is_null()) {
      callable = base[0];
      args = base + 1;
      ++nargs;
    }
    Tuple* kwnames = frame->kwnames;
    SKIP_CACHES(CALL);
    if (callable.is_object() && callable.object()->type == vm.types().function) {
      frame->pc = pc;
      frame->sp = base;
      frame->current_unit = static_cast<int32_t>(instr - first);
      auto* function = callable.as<runtime::Function>();
      Frame* callee = nullptr;
      if (kwnames == nullptr) callee = push_positional_frame(vm, function, args, nargs);
      if (callee == nullptr) {
        frame->kwnames = nullptr;
        size_t npos = nargs - (kwnames == nullptr ? 0 : static_cast<size_t>(kwnames->length));
        callee = push_function_frame(vm, function, runtime::CallArgs{args, npos, kwnames});
        if (callee == nullptr) goto error;
      }
      if (dispatch_table != kDispatch.targets && jit::call_is_opaque(vm)) [[unlikely]] {
        // The recording calls this callee as a compiled function: it runs
        // in a nested activation, unrecorded (jit/call_trace.h).
        callee->is_entry = 1;
        Value result = execute(vm, callee);
        sp = base;
        if (result.is_null()) {
          add_traceback_entry(vm, frame);
          add_traceback = false;
          goto error;
        }
        PUSH(result);
        DISPATCH();
      }
      frame = callee;
      LOAD_FRAME();
      DISPATCH();
    }
    frame->kwnames = nullptr;
    size_t npos = nargs - (kwnames == nullptr ? 0 : static_cast<size_t>(kwnames->length));
    runtime::CallArgs call_args{args, npos, kwnames};
    SAVE_FRAME();
    Value result;
    if (kwnames == nullptr && has_type(callable, vm.types().builtin_function) &&
        native_args_fit(callable.as<runtime::NativeFunction>(), args, nargs)) {
      // What the builtin_function call slot does once the arguments check.
      result = callable.as<runtime::NativeFunction>()->fn(vm, call_args);
    } else {
      result = runtime::call(vm, callable, call_args);
    }
    sp = base;
    CHECK(result);
    PUSH(result);
    CHECK_PENDING_WORK();
    DISPATCH();
  }

  TARGET(CALL_FUNCTION_EX) {
    SAVE_FRAME();
    Value result = call_function_ex(vm, oparg & 1, sp);
    sp -= (oparg & 1) ? 4 : 3;
    CHECK(result);
    PUSH(result);
    DISPATCH();
  }

  TARGET(MAKE_FUNCTION) {
    SAVE_FRAME();
    if (!make_function_operands_ok(vm, oparg, sp)) goto bad_operand;
    sp = make_function(vm, frame, oparg, sp);
    DISPATCH();
  }

  TARGET(RETURN_VALUE) {
    Value result = POP();
    runtime::Generator* gen = frame->generator;
    if (gen != nullptr) finish_generator(vm, frame, result);
    if (vm.suspended_cleanup_generators != 0) [[unlikely]] {
      SAVE_FRAME();  // the frame's locals die: close the generators only they held
      runtime::collect_dropped_generators(
          vm, runtime::generator_release_slots(vm, locals, frame->stack_base(), result));
    }
    if (frame->init_frame) [[unlikely]] {
      // A rebuilt __init__ frame (vm/frame.h): the instance is the result.
      Frame* caller = frame->previous;
      vm.frames().pop(frame);
      frame = caller;
      LOAD_FRAME();
      instr = first + frame->current_unit;
      if (result != vm.none()) {
        (void)runtime::raise_type_error(
            vm, "__init__() should return None, not '" + runtime::type_name(vm, result) + "'");
        goto error;
      }
      DISPATCH();
    }
    if (gen != nullptr && !frame->is_entry) {
      // An in-place generator returned to the FOR_ITER or SEND that resumed
      // it: the loop ends, or `yield from` gets the return value.
      leave_generator_in_place(vm, gen, false);
      Frame* caller = frame->previous;
      vm.frames().pop(frame);
      frame = caller;
      LOAD_FRAME();
      instr = first + frame->current_unit;
      uint16_t word = *instr;
      if ((word & 0xff) == FOR_ITER) {
        --sp;
      } else {
        TOP() = result;
      }
      pc += word >> 8;
      DISPATCH();
    }
    RETURN_TO_CALLER(result);
  }

  TARGET(BINARY_OP) {
    Value b = POP();
    Value a = TOP();
    Value r = fast_binary(vm, oparg, a, b);
    if (r.is_null() && has_type(a, vm.types().str) && has_type(b, vm.types().str) &&
        (oparg == static_cast<uint32_t>(BinaryOp::kAdd) ||
         oparg == static_cast<uint32_t>(BinaryOp::kAdd) + runtime::kInplaceOffset)) {
      r = Value::from_object(runtime::str_concat(vm, a.as<runtime::Str>(), b.as<runtime::Str>()));
    }
    if (r.is_null()) {
      SAVE_FRAME();
      if (oparg >= static_cast<uint32_t>(runtime::kInplaceOffset)) {
        r = runtime::inplace_op(vm, static_cast<BinaryOp>(oparg - runtime::kInplaceOffset), a, b);
      } else {
        r = runtime::binary_op(vm, static_cast<BinaryOp>(oparg), a, b);
      }
      CHECK(r);
    }
    TOP() = r;
    SKIP_CACHES(BINARY_OP);
    DISPATCH();
  }

  TARGET(COMPARE_OP) {
    Value b = POP();
    Value a = TOP();
    Value r = fast_compare(vm, oparg, a, b);
    if (r.is_null() && has_type(a, vm.types().str) && has_type(b, vm.types().str) &&
        (oparg == static_cast<uint32_t>(CompareOp::kEq) ||
         oparg == static_cast<uint32_t>(CompareOp::kNe))) {
      bool equal = runtime::str_equal(a.as<runtime::Str>(), b.as<runtime::Str>());
      r = vm.bool_value(equal == (oparg == static_cast<uint32_t>(CompareOp::kEq)));
    }
    if (r.is_null()) {
      SAVE_FRAME();
      r = runtime::rich_compare(vm, a, b, static_cast<CompareOp>(oparg));
      CHECK(r);
    }
    TOP() = r;
    SKIP_CACHES(COMPARE_OP);
    // A bool result feeding a forward conditional jump takes the jump here,
    // saving a dispatch (not while the JIT records: it sees every instruction).
    if ((r == vm.true_value() || r == vm.false_value()) && dispatch_table == kDispatch.targets) {
      uint16_t word = *pc;
      uint8_t next = word & 0xff;
      if (next == POP_JUMP_FORWARD_IF_FALSE || next == POP_JUMP_FORWARD_IF_TRUE) {
        --sp;
        ++pc;
        if ((r == vm.true_value()) == (next == POP_JUMP_FORWARD_IF_TRUE)) pc += word >> 8;
      }
    }
    DISPATCH();
  }

  TARGET(IS_OP) {
    Value b = POP();
    Value a = TOP();
    TOP() = vm.bool_value((a == b) != (oparg != 0));
    DISPATCH();
  }

  TARGET(CONTAINS_OP) {
    SAVE_FRAME();
    Value container = POP();
    Value item = TOP();
    int found = runtime::contains(vm, container, item);
    CHECK_INT(found);
    TOP() = vm.bool_value((found != 0) != (oparg != 0));
    DISPATCH();
  }

  TARGET(UNARY_NEGATIVE) {
    Value v = TOP();
    if (v.is_small_int() && v.small_int() != Value::kSmallIntMin) {
      TOP() = Value::from_small_int(-v.small_int());
      DISPATCH();
    }
    SAVE_FRAME();
    Value r = runtime::unary_op(vm, runtime::UnaryOp::kNegative, v);
    CHECK(r);
    TOP() = r;
    DISPATCH();
  }

  TARGET(UNARY_POSITIVE) {
    SAVE_FRAME();
    Value r = runtime::unary_op(vm, runtime::UnaryOp::kPositive, TOP());
    CHECK(r);
    TOP() = r;
    DISPATCH();
  }

  TARGET(UNARY_INVERT) {
    if (TOP().is_small_int()) {
      TOP() = Value::from_small_int(~TOP().small_int());
      DISPATCH();
    }
    SAVE_FRAME();
    Value r = runtime::unary_op(vm, runtime::UnaryOp::kInvert, TOP());
    CHECK(r);
    TOP() = r;
    DISPATCH();
  }

  TARGET(UNARY_NOT) {
    if (TOP() == vm.true_value() || TOP() == vm.false_value()) {
      TOP() = vm.bool_value(TOP() == vm.false_value());
      DISPATCH();
    }
    SAVE_FRAME();
    int t = runtime::truth(vm, TOP());
    CHECK_INT(t);
    TOP() = vm.bool_value(t == 0);
    DISPATCH();
  }

  TARGET(BINARY_SUBSCR) {
    Value key = POP();
    Value container = TOP();
    SAVE_FRAME();
    Value r = fast_subscript(vm, container, key);
    if (r.is_null()) {
      r = runtime::get_item(vm, container, key);
      CHECK(r);
    }
    TOP() = r;
    SKIP_CACHES(BINARY_SUBSCR);
    DISPATCH();
  }

  TARGET(STORE_SUBSCR) {
    // [value, container, key]: an exact list at an in-range small-int index.
    if (has_type(PEEK(2), vm.types().list) && PEEK(1).is_small_int()) {
      auto* list = PEEK(2).as<List>();
      int64_t i = PEEK(1).small_int();
      if (i < 0) i += list->length;
      if (i >= 0 && i < list->length) {
        runtime::list_set_item(vm, list, i, PEEK(3));
        sp -= 3;
        SKIP_CACHES(STORE_SUBSCR);
        DISPATCH();
      }
    }
    SAVE_FRAME();
    CHECK_INT(runtime::set_item(vm, PEEK(2), PEEK(1), PEEK(3)));
    sp -= 3;
    SKIP_CACHES(STORE_SUBSCR);
    DISPATCH();
  }

  TARGET(DELETE_SUBSCR) {
    SAVE_FRAME();
    CHECK_INT(runtime::del_item(vm, PEEK(2), PEEK(1)));
    sp -= 2;
    DISPATCH();
  }

  TARGET(BUILD_TUPLE) {
    Tuple* t = runtime::tuple_from(vm, sp - oparg, oparg);
    sp -= oparg;
    PUSH(Value::from_object(t));
    DISPATCH();
  }

  TARGET(BUILD_LIST) {
    List* l = runtime::list_from(vm, sp - oparg, oparg);
    sp -= oparg;
    PUSH(Value::from_object(l));
    DISPATCH();
  }

  TARGET(LIST_TO_TUPLE) {
    if (!has_type(TOP(), vm.types().list)) goto bad_operand;
    List* l = TOP().as<List>();
    TOP() = Value::from_object(runtime::tuple_from(vm, l->items, l->length));
    DISPATCH();
  }

  TARGET(BUILD_SET) {
    SAVE_FRAME();
    Value set = build_set(vm, sp - oparg, oparg);
    CHECK(set);
    sp -= oparg;
    PUSH(set);
    DISPATCH();
  }

  TARGET(BUILD_MAP) {
    SAVE_FRAME();
    Value d = build_map(vm, sp - 2 * oparg, oparg);
    CHECK(d);
    sp -= 2 * oparg;
    PUSH(d);
    DISPATCH();
  }

  TARGET(BUILD_CONST_KEY_MAP) {
    SAVE_FRAME();
    Value d = build_const_key_map(vm, sp - oparg - 1, oparg);
    CHECK(d);
    sp -= oparg + 1;
    PUSH(d);
    DISPATCH();
  }

  TARGET(BUILD_STRING) {
    SAVE_FRAME();
    Value s = build_string(vm, sp - oparg, oparg);
    CHECK(s);
    sp -= oparg;
    PUSH(s);
    DISPATCH();
  }

  TARGET(BUILD_SLICE) {
    // A slice of an exact list with small-int or None bounds, read or
    // assigned at once: BINARY_SUBSCR or STORE_SUBSCR runs here without
    // building the slice object.
    if (dispatch_table == kDispatch.targets) {
      uint8_t next = static_cast<uint8_t>(*pc & 0xff);
      Value* bounds = sp - oparg;
      if ((next == BINARY_SUBSCR || next == STORE_SUBSCR) &&
          has_type(bounds[-1], vm.types().list)) {
        auto* list = bounds[-1].as<List>();
        int64_t start, stop, step, n;
        if (runtime::small_slice_indices(bounds[0], bounds[1],
                                         oparg == 3 ? bounds[2] : Value::null(), vm.none(),
                                         list->length, &start, &stop, &step, &n)) {
          instr = pc;
          if (next == BINARY_SUBSCR) {
            pc += 1 + kCacheUnitTable[BINARY_SUBSCR];
            SAVE_FRAME();
            Value r = runtime::list_get_slice(vm, list, start, step, n);
            sp = bounds;
            TOP() = r;
            DISPATCH();
          }
          pc += 1 + kCacheUnitTable[STORE_SUBSCR];
          SAVE_FRAME();
          CHECK_INT(runtime::list_set_slice(vm, list, start, stop, step, n, bounds[-2]));
          sp = bounds - 2;
          DISPATCH();
        }
      }
    }
    SAVE_FRAME();
    Value s = build_slice(vm, sp - oparg, oparg);
    sp -= oparg;
    PUSH(s);
    DISPATCH();
  }

  TARGET(LIST_APPEND) {
    Value v = POP();
    if (!has_type(PEEK(oparg), vm.types().list)) goto bad_operand;
    runtime::list_append(vm, PEEK(oparg).as<List>(), v);
    DISPATCH();
  }

  TARGET(LIST_EXTEND) {
    SAVE_FRAME();
    Value iterable = POP();
    if (!has_type(PEEK(oparg), vm.types().list)) goto bad_operand;
    CHECK_INT(list_extend_for_unpack(vm, PEEK(oparg).as<List>(), iterable));
    DISPATCH();
  }

  TARGET(SET_ADD) {
    SAVE_FRAME();
    Value v = POP();
    CHECK_INT(set_add_value(vm, PEEK(oparg), v));
    DISPATCH();
  }

  TARGET(SET_UPDATE) {
    SAVE_FRAME();
    Value iterable = POP();
    CHECK_INT(set_update(vm, PEEK(oparg), iterable));
    DISPATCH();
  }

  TARGET(MAP_ADD) {
    SAVE_FRAME();
    Value value = POP();
    Value key = POP();
    if (!has_type(PEEK(oparg), vm.types().dict)) goto bad_operand;
    CHECK_INT(runtime::dict_set(vm, PEEK(oparg).as<runtime::Dict>(), key, value));
    DISPATCH();
  }

  TARGET(DICT_UPDATE) {
    SAVE_FRAME();
    Value other = POP();
    if (!has_type(PEEK(oparg), vm.types().dict)) goto bad_operand;
    CHECK_INT(dict_update(vm, PEEK(oparg).as<runtime::Dict>(), other));
    DISPATCH();
  }

  TARGET(DICT_MERGE) {
    SAVE_FRAME();
    Value other = POP();
    if (!has_type(PEEK(oparg), vm.types().dict)) goto bad_operand;
    CHECK_INT(dict_merge_kwargs(vm, PEEK(oparg).as<runtime::Dict>(), other, PEEK(oparg + 2)));
    DISPATCH();
  }

  TARGET(UNPACK_SEQUENCE) {
    SAVE_FRAME();
    Value seq = POP();
    CHECK_INT(unpack_sequence(vm, seq, oparg, sp));
    sp += oparg;
    SKIP_CACHES(UNPACK_SEQUENCE);
    DISPATCH();
  }

  TARGET(UNPACK_EX) {
    SAVE_FRAME();
    Value seq = POP();
    uint32_t before = oparg & 0xff;
    uint32_t after = oparg >> 8;
    CHECK_INT(unpack_ex(vm, seq, before, after, sp));
    sp += before + after + 1;
    DISPATCH();
  }

  TARGET(GET_ITER) {
    SAVE_FRAME();
    Value it = runtime::get_iter(vm, TOP());
    CHECK(it);
    TOP() = it;
    // A for loop whose trace runs from its first iteration (jit/loop_entry.h).
    if ((*pc & 0xff) == FOR_ITER) {
      int32_t back = static_cast<int32_t>(pc - first) + (*pc >> 8);
      if (frame->code->counters[back] + 1u >= vm.jit_threshold) [[unlikely]] {
        SAVE_FRAME();
        switch (jit::on_loop_entry(vm, frame, back, static_cast<int32_t>(pc - first))) {
          case jit::BackedgeAction::kResumed:
            frame = vm.frames().top();
            LOAD_FRAME();
            break;
          case jit::BackedgeAction::kResumedRecord:
            frame = vm.frames().top();  // a side trace may start in a rebuilt callee frame
            LOAD_FRAME();
            dispatch_table = kRecordDispatch.targets;
            break;
          case jit::BackedgeAction::kResumedRaise:
            goto jit_raise_at_call;
          default:
            break;
        }
      }
    }
    DISPATCH();
  }

  TARGET(FOR_ITER) {
    Value it = TOP();
    if (has_type(it, vm.types().range_iterator)) {
      auto* range = it.as<runtime::RangeIterator>();
      if (range->remaining > 0 && Value::fits_small_int(range->next)) {
        int64_t v = range->next;
        // Stepping past the last item could overflow, so stop at it.
        if (--range->remaining > 0) range->next += range->step;
        PUSH(Value::from_small_int(v));
        DISPATCH();
      }
    } else if (has_type(it, vm.types().list_iterator)) {
      auto* list_it = it.as<runtime::ListIterator>();
      if (list_it->list != nullptr && list_it->index < list_it->list->length) {
        PUSH(list_it->list->items[list_it->index++]);
        DISPATCH();
      }
    } else if (has_type(it, vm.types().generator) && can_resume_in_place(it, oparg) &&
               dispatch_table == kDispatch.targets) {
      SAVE_FRAME();
      Frame* callee = resume_generator_in_place(vm, it.as<runtime::Generator>(), vm.none());
      if (callee == nullptr) goto error;
      frame = callee;
      LOAD_FRAME();
      DISPATCH();
    }
    SAVE_FRAME();
    Value next = fast_iter_next(vm, it);
    if (next.is_null()) {
      if (vm.has_exception()) goto error;
      --sp;
      pc += oparg;
      DISPATCH();
    }
    PUSH(next);
    DISPATCH();
  }

  TARGET(JUMP_FORWARD) {
    pc += oparg;
    DISPATCH();
  }

  TARGET(JUMP_BACKWARD) {
    uint16_t count = ++frame->code->counters[instr - first];
    pc -= oparg;
    CHECK_PENDING_WORK();
    JIT_BACKEDGE(count);
    DISPATCH();
  }

  TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
    pc -= oparg;
    DISPATCH();
  }

#define POP_JUMP_IF_TRUTH(name, want, step, hook)         \
  TARGET(name) {                                          \
    Value v = POP();                                      \
    int t;                                                \
    if (v == vm.true_value()) {                           \
      t = 1;                                              \
    } else if (v == vm.false_value() || v == vm.none()) { \
      t = 0;                                              \
    } else if (v.is_small_int()) {                        \
      t = v.small_int() != 0;                             \
    } else {                                              \
      SAVE_FRAME();                                       \
      t = runtime::truth(vm, v);                          \
      CHECK_INT(t);                                       \
    }                                                     \
    if (t == (want)) {                                    \
      pc step oparg;                                      \
      hook;                                               \
    }                                                     \
    DISPATCH();                                           \
  }
// A taken backward conditional jump is a loop back-edge too (while loops).
#define JIT_COUNT_BACKEDGE()                                  \
  do {                                                        \
    uint16_t count_ = ++frame->code->counters[instr - first]; \
    JIT_BACKEDGE(count_);                                     \
  } while (0)
  POP_JUMP_IF_TRUTH(POP_JUMP_FORWARD_IF_TRUE, 1, +=, )
  POP_JUMP_IF_TRUTH(POP_JUMP_FORWARD_IF_FALSE, 0, +=, )
  POP_JUMP_IF_TRUTH(POP_JUMP_BACKWARD_IF_TRUE, 1, -=, JIT_COUNT_BACKEDGE())
  POP_JUMP_IF_TRUTH(POP_JUMP_BACKWARD_IF_FALSE, 0, -=, JIT_COUNT_BACKEDGE())
#undef POP_JUMP_IF_TRUTH

  TARGET(POP_JUMP_FORWARD_IF_NONE) {
    if (POP() == vm.none()) pc += oparg;
    DISPATCH();
  }
  TARGET(POP_JUMP_FORWARD_IF_NOT_NONE) {
    if (POP() != vm.none()) pc += oparg;
    DISPATCH();
  }
  TARGET(POP_JUMP_BACKWARD_IF_NONE) {
    if (POP() == vm.none()) pc -= oparg;
    DISPATCH();
  }
  TARGET(POP_JUMP_BACKWARD_IF_NOT_NONE) {
    if (POP() != vm.none()) pc -= oparg;
    DISPATCH();
  }

  TARGET(JUMP_IF_TRUE_OR_POP)
  TARGET(JUMP_IF_FALSE_OR_POP) {
    SAVE_FRAME();
    int t = runtime::truth(vm, TOP());
    CHECK_INT(t);
    if (t == (opcode == JUMP_IF_TRUE_OR_POP ? 1 : 0)) {
      pc += oparg;
    } else {
      --sp;
    }
    DISPATCH();
  }

  TARGET(MAKE_CELL) {
    locals[oparg] = Value::from_object(runtime::cell_new(vm, locals[oparg]));
    DISPATCH();
  }

  TARGET(COPY_FREE_VARS) {
    if (frame->function == nullptr || frame->function->closure == nullptr ||
        frame->function->closure->length < static_cast<int64_t>(oparg)) {
      goto bad_operand;
    }
    Tuple* closure = frame->function->closure;
    int32_t offset = frame->code->nlocalsplus - static_cast<int32_t>(oparg);
    for (uint32_t i = 0; i < oparg; ++i) locals[offset + static_cast<int32_t>(i)] = closure->at(i);
    DISPATCH();
  }

  TARGET(LOAD_CLOSURE) {
    PUSH(locals[oparg]);
    DISPATCH();
  }

  TARGET(LOAD_DEREF) {
    if (!has_type(locals[oparg], vm.types().cell)) goto bad_operand;
    Value v = locals[oparg].as<runtime::Cell>()->contents;
    if (v.is_null()) {
      SAVE_FRAME();
      raise_unbound_deref(vm, frame, static_cast<int>(oparg));
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }

  TARGET(LOAD_CLASSDEREF) {
    SAVE_FRAME();
    Value v = load_classderef(vm, frame, static_cast<int>(oparg));
    CHECK(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_DEREF) {
    if (!has_type(locals[oparg], vm.types().cell)) goto bad_operand;
    auto* cell = locals[oparg].as<runtime::Cell>();
    vm.store(cell, &cell->contents, POP());
    DISPATCH();
  }

  TARGET(DELETE_DEREF) {
    if (!has_type(locals[oparg], vm.types().cell)) goto bad_operand;
    auto* cell = locals[oparg].as<runtime::Cell>();
    if (cell->contents.is_null()) {
      SAVE_FRAME();
      raise_unbound_deref(vm, frame, static_cast<int>(oparg));
      goto error;
    }
    cell->contents = Value::null();
    DISPATCH();
  }

  TARGET(RAISE_VARARGS) {
    SAVE_FRAME();
    if (oparg == 0) {
      reraise_handled(vm);
      add_traceback = false;
      goto error;
    }
    Value cause = oparg == 2 ? POP() : Value::null();
    Value exc = POP();
    do_raise(vm, exc, cause, oparg == 2);
    goto error;
  }

  TARGET(PUSH_EXC_INFO) {
    Value exc = TOP();
    TOP() = vm.handled_exception();
    PUSH(exc);
    vm.set_handled_exception(exc);
    DISPATCH();
  }

  TARGET(POP_EXCEPT) {
    vm.set_handled_exception(POP());
    DISPATCH();
  }

  TARGET(CHECK_EXC_MATCH) {
    SAVE_FRAME();
    Value type = POP();
    int match = exception_matches_type(vm, TOP(), type);
    CHECK_INT(match);
    PUSH(vm.bool_value(match != 0));
    DISPATCH();
  }

  TARGET(RERAISE) {
    // With oparg > 0 a saved lasti lies below; CPython uses it only to report
    // the original line, and looks the handler up at RERAISE itself, as here.
    Value exc = POP();
    SAVE_FRAME();
    if (!is_exception_value(exc)) goto bad_operand;
    runtime::raise_value(vm, exc);
    add_traceback = false;
    goto error;
  }

  TARGET(LOAD_BUILD_CLASS) {
    SAVE_FRAME();
    Value build = load_global(vm, frame, vm.intern("__build_class__"));
    CHECK(build);
    PUSH(build);
    DISPATCH();
  }

  TARGET(BEFORE_WITH) {
    // [mgr] -> [bound __exit__, mgr.__enter__()]
    SAVE_FRAME();
    CHECK_INT(before_with(vm, sp - 1));
    ++sp;
    DISPATCH();
  }

  TARGET(WITH_EXCEPT_START) {
    // [exit, lasti, prev_exc, exc] -> [..., exit(type(exc), exc, tb)]
    SAVE_FRAME();
    Value r = with_except_start(vm, PEEK(4), TOP());
    CHECK(r);
    PUSH(r);
    DISPATCH();
  }

  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(Value::from_object(vm.types().assertion_error));
    DISPATCH();
  }

  TARGET(FORMAT_VALUE) {
    SAVE_FRAME();
    Value spec = (oparg & 4) ? POP() : Value::null();
    Value r = format_value(vm, TOP(), oparg & 3, spec);
    CHECK(r);
    TOP() = r;
    DISPATCH();
  }

  TARGET(RETURN_GENERATOR) {
    // The frame moves into a new generator, which is returned to the caller;
    // it resumes at the next instruction (POP_TOP of the first None sent).
    SAVE_FRAME();
    Value result = make_generator(vm, frame, static_cast<int64_t>(pc - first));
    RETURN_TO_CALLER(result);
  }

  TARGET(YIELD_VALUE) {
    // `sum()` takes the value without the generator suspending.
    if (vm.yield_consumer != nullptr && runtime::consume_yield(vm, frame->generator, TOP())) {
      TOP() = vm.none();
      DISPATCH();
    }
    // An entry frame (resume_generator_frame) returns the value to native
    // code; an in-place one pushes it for the FOR_ITER or SEND that resumed it.
    Value value = POP();
    SAVE_FRAME();
    runtime::Generator* gen = frame->generator;
    save_generator_frame(vm, frame, static_cast<int64_t>(pc - first), frame->current_unit);
    if (frame->is_entry) {
      vm.frames().pop(frame);
      return value;
    }
    leave_generator_in_place(vm, gen, true);
    Frame* caller = frame->previous;
    vm.frames().pop(frame);
    frame = caller;
    LOAD_FRAME();
    PUSH(value);
    DISPATCH();
  }

  TARGET(SEND) {
    if (has_type(PEEK(2), vm.types().generator) && can_resume_in_place(PEEK(2), oparg) &&
        dispatch_table == kDispatch.targets &&
        (TOP() == vm.none() ||
         PEEK(2).as<runtime::Generator>()->state == runtime::GeneratorState::kSuspended)) {
      Value sent = POP();
      SAVE_FRAME();
      Frame* callee = resume_generator_in_place(vm, TOP().as<runtime::Generator>(), sent);
      if (callee == nullptr) {
        ++sp;
        goto error;
      }
      frame = callee;
      LOAD_FRAME();
      DISPATCH();
    }
    SAVE_FRAME();
    bool returned = false;
    Value r = runtime::generator_send_to(vm, PEEK(2), TOP(), &returned);
    CHECK(r);
    if (returned) {
      sp -= 2;
      PUSH(r);
      pc += oparg;
    } else {
      TOP() = r;
    }
    DISPATCH();
  }

  TARGET(GET_YIELD_FROM_ITER) {
    if (!has_type(TOP(), vm.types().generator)) {
      SAVE_FRAME();
      Value it = runtime::get_iter(vm, TOP());
      CHECK(it);
      TOP() = it;
    }
    DISPATCH();
  }

  TARGET(IMPORT_NAME) {
    SAVE_FRAME();
    Value fromlist = POP();
    Value level = TOP();
    Value module = import_name(vm, frame, NAME(oparg), fromlist, level);
    CHECK(module);
    TOP() = module;
    DISPATCH();
  }

  TARGET(IMPORT_STAR) {
    Value module = POP();
    SAVE_FRAME();
    CHECK_INT(import_star(vm, module, frame->locals_mapping));
    DISPATCH();
  }

  TARGET(IMPORT_FROM) {
    SAVE_FRAME();
    Value v = import_from(vm, TOP(), NAME(oparg));
    CHECK(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(GET_LEN) {
    SAVE_FRAME();
    int64_t n = runtime::length(vm, TOP());
    CHECK_INT(n);
    PUSH(runtime::int_from_int64(vm, n));
    DISPATCH();
  }

  TARGET(SETUP_ANNOTATIONS) {
    SAVE_FRAME();
    CHECK_INT(setup_annotations(vm, frame));
    DISPATCH();
  }

  TARGET(MATCH_MAPPING) {
    bool is_mapping = is_match_mapping(vm, TOP());
    PUSH(vm.bool_value(is_mapping));
    DISPATCH();
  }

  TARGET(MATCH_SEQUENCE) {
    bool is_sequence = is_match_sequence(vm, TOP());
    PUSH(vm.bool_value(is_sequence));
    DISPATCH();
  }

  TARGET(MATCH_KEYS) {
    // [subject, keys] -> [subject, keys, values-or-None]
    SAVE_FRAME();
    if (!has_type(TOP(), vm.types().tuple)) goto bad_operand;
    Value values = match_keys(vm, PEEK(2), TOP());
    CHECK(values);
    PUSH(values);
    DISPATCH();
  }

  TARGET(MATCH_CLASS) {
    // [subject, cls, kwnames] -> [attributes-or-None]
    SAVE_FRAME();
    if (!has_type(TOP(), vm.types().tuple)) goto bad_operand;
    Value attrs = match_class(vm, PEEK(3), PEEK(2), oparg, TOP().as<Tuple>());
    CHECK(attrs);
    sp -= 2;
    TOP() = attrs;
    DISPATCH();
  }

  TARGET(CHECK_EG_MATCH) {
    // [exc, type] -> [rest, match] on a (partial) match, else [exc, None]
    SAVE_FRAME();
    Value type = POP();
    CHECK_INT(runtime::check_eg_match(vm, sp - 1, type));
    ++sp;
    DISPATCH();
  }

  TARGET(PREP_RERAISE_STAR) {
    // [orig, list of raised/reraised] -> [exception to raise, or None]
    SAVE_FRAME();
    Value excs = POP();
    if (!has_type(excs, vm.types().list)) goto bad_operand;
    Value r = runtime::prep_reraise_star(vm, TOP(), excs.as<List>());
    CHECK(r);
    TOP() = r;
    DISPATCH();
  }

  TARGET(PRINT_EXPR) {
    SAVE_FRAME();
    Value shown = POP();
    Value r = print_expr(vm, shown);
    CHECK(r);
    DISPATCH();
  }

  // Opcodes pyvm does not implement yet raise NotImplementedError naming them.
  TARGET(GET_AWAITABLE)
  TARGET(GET_AITER)
  TARGET(GET_ANEXT)
  TARGET(BEFORE_ASYNC_WITH)
  TARGET(END_ASYNC_FOR)
  TARGET(ASYNC_GEN_WRAP)
op_unsupported : {
  SAVE_FRAME();
  raise_unsupported_opcode(vm, opcode);
  goto error;
}

  // Recording mode: the recorder sees the instruction (with its full oparg)
  // before it runs; when recording stops, dispatch returns to normal.
op_record : {
  SAVE_FRAME();
  if (!jit::record_instruction(vm, frame, static_cast<int32_t>(instr - first), opcode, oparg, sp)) {
    dispatch_table = kDispatch.targets;
  }
  goto* kDispatch.targets[opcode];
}

  // An operand of the wrong type: only bytecode not made by CPython's
  // compiler gets here (the verifier checks everything but operand types).
bad_operand : {
  SAVE_FRAME();
  raise_bad_operand(vm, opcode);
  goto error;
}

jit_raise_at_call:
  // A compiled callee raised (jit/call_trace.h): the top frame stands at the
  // CALL; its traceback entry is added, the context was chained in the callee.
  frame = vm.frames().top();
  LOAD_FRAME();
  instr = first + frame->current_unit;
  add_traceback_entry(vm, frame);
  add_traceback = false;
  goto error;

error:
  // The pending exception was raised by the instruction at `instr`.
  if (dispatch_table != kDispatch.targets &&
      (!add_traceback || !jit::record_raise(vm, frame, static_cast<int32_t>(instr - first)))) {
    jit::abort_recording(vm, jit::AbortReason::kException);
    dispatch_table = kDispatch.targets;
  }
  frame->current_unit = static_cast<int32_t>(instr - first);
  if (add_traceback) {
    chain_exception_context(vm);
    add_traceback_entry(vm, frame);
  }
  add_traceback = true;
  for (;;) {
    runtime::ExceptionTableEntry handler;
    if (find_handler(frame, &handler)) {
      Value* handler_sp = frame->stack_base() + handler.depth;
      runtime::DropCollection dropped = runtime::DropCollection::kNone;
      if (vm.suspended_cleanup_generators != 0) [[unlikely]] {
        dropped = runtime::generator_release_slots(vm, handler_sp, sp, Value::null());
      }
      sp = handler_sp;
      if (handler.lasti) PUSH(Value::from_small_int(frame->current_unit));
      PUSH(vm.take_exception());
      JUMP_TO(handler.target);
      if (dropped != runtime::DropCollection::kNone) [[unlikely]] {
        SAVE_FRAME();
        runtime::collect_dropped_generators(vm, dropped);
      }
      DISPATCH();
    }
    bool was_entry = frame->is_entry != 0;
    runtime::Generator* gen = frame->generator;
    if (gen != nullptr) finish_generator(vm, frame, Value::null());
    Frame* caller = frame->previous;
    vm.frames().pop(frame);
    if (was_entry) return Value::null();
    frame = caller;
    LOAD_FRAME();
    instr = first + frame->current_unit;
    if (gen != nullptr) {
      // An in-place generator raised: the FOR_ITER or SEND that resumed it
      // raises what generator_resume would have (PEP 479 applied).
      leave_generator_in_place(vm, gen, false);
      runtime::generator_convert_stop_iteration(vm);
      goto error;
    }
    add_traceback_entry(vm, frame);
  }

#undef LOAD_FRAME
#undef SAVE_FRAME
#undef DISPATCH
#undef TARGET
#undef RETURN_TO_CALLER
#undef SKIP_CACHES
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef NAME
#undef JUMP_TO
#undef CHECK
#undef CHECK_INT
#undef CHECK_PENDING_WORK
#undef JIT_BACKEDGE
#undef JIT_COUNT_BACKEDGE
}

}  // namespace pyvm::vm
