// Frames and the VM stack.
//
// Python-to-Python calls never recurse on the C++ stack: each activation is a
// Frame laid out contiguously on one VM-owned stack of words:
//
//   [Frame header][localsplus: nlocalsplus Values][value stack: stacksize Values]
//
// A frame is fully described by (code, pc, localsplus, value stack, globals,
// builtins, locals mapping), which is exactly what an interpreter frame needs
// to resume; JIT exits rebuild frames from that description.
//
// Invariants:
//   - Frames are pushed and popped in LIFO order; `previous` links to the
//     caller's frame (or nullptr for the bottom frame).
//   - While a frame is not the running one, `pc` points at the next
//     instruction to execute and `sp` one past its top stack value.
//   - Every word of the used part of the VM stack is a conservative root for
//     the collector (see FrameStack::trace).
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/code.h"
#include "runtime/object.h"

namespace pyvm::runtime {
struct Function;
struct Generator;
}  // namespace pyvm::runtime

namespace pyvm::vm {

struct Frame {
  Frame* previous;
  runtime::Code* code;
  runtime::Function* function;  // nullptr for module code
  runtime::Dict* globals;
  runtime::Dict* builtins;
  Value locals_mapping;           // namespace of module/class bodies; null in functions
  const uint16_t* pc;             // next instruction while suspended
  Value* sp;                      // top of the value stack while suspended
  int32_t current_unit;           // unit index of the instruction executing (for tracebacks)
  uint16_t is_entry;              // 1: returning from it returns to native code
  uint16_t init_frame;            // 1: a JIT-rebuilt __init__; the caller holds the instance
  Tuple* kwnames;                 // pending KW_NAMES for the next CALL, or nullptr
  runtime::Generator* generator;  // the generator this frame runs for, or nullptr

  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base() { return localsplus() + code->nlocalsplus; }
  const uint16_t* first_instruction() const { return code->instructions(); }
};
static_assert(sizeof(Frame) % sizeof(Value) == 0, "frames are word-aligned");

// The VM stack that holds all frames. Its memory is reserved once (virtual
// address space, committed lazily by the OS) and never moves, so pointers
// into it stay valid.
class FrameStack {
 public:
  explicit FrameStack(size_t reserve_bytes = size_t{512} << 20);
  ~FrameStack();
  FrameStack(const FrameStack&) = delete;
  FrameStack& operator=(const FrameStack&) = delete;

  // Pushes a frame for `code` with all localsplus slots null. Returns nullptr
  // when the stack is out of space (the caller raises).
  // Inline: every Python call runs it.
  Frame* push(runtime::Code* code, runtime::Dict* globals, runtime::Dict* builtins) {
    size_t words = sizeof(Frame) / sizeof(Value) + static_cast<size_t>(code->nlocalsplus) +
                   static_cast<size_t>(code->stacksize);
    if (static_cast<size_t>(limit_ - next_free_) < words) return nullptr;  // also when unmapped
    auto* frame = reinterpret_cast<Frame*>(next_free_);
    next_free_ += words;
    init_header(frame, code, globals, builtins);
    Value* locals = frame->localsplus();
    for (int32_t i = 0, n = code->nlocalsplus; i < n; ++i) locals[i] = Value::null();
    top_frame_ = frame;
    ++depth_;
    return frame;
  }
  // push() for a call: localsplus starts with args[0 .. nargs), then
  // defaults[0 .. ndefaults); the other slots are null. The sources must lie
  // outside the new frame (they are on the caller's value stack or in a tuple).
  Frame* push_call(runtime::Code* code, runtime::Dict* globals, runtime::Dict* builtins,
                   const Value* args, int32_t nargs, const Value* defaults, int32_t ndefaults) {
    size_t words = sizeof(Frame) / sizeof(Value) + static_cast<size_t>(code->nlocalsplus) +
                   static_cast<size_t>(code->stacksize);
    if (static_cast<size_t>(limit_ - next_free_) < words) return nullptr;
    auto* frame = reinterpret_cast<Frame*>(next_free_);
    next_free_ += words;
    init_header(frame, code, globals, builtins);
    Value* locals = frame->localsplus();
    int32_t i = 0;
    for (; i < nargs; ++i) locals[i] = args[i];
    for (int32_t d = 0; d < ndefaults; ++d, ++i) locals[i] = defaults[d];
    for (int32_t n = code->nlocalsplus; i < n; ++i) locals[i] = Value::null();
    top_frame_ = frame;
    ++depth_;
    return frame;
  }
  // push() for a resumed generator: localsplus and the value stack start
  // with values[0 .. count) (its saved locals, then saved stack items;
  // nlocalsplus <= count <= nlocalsplus + stacksize), sp just past them.
  [[gnu::always_inline]] Frame* push_saved(runtime::Code* code, runtime::Dict* globals,
                                           runtime::Dict* builtins, const Value* values,
                                           int64_t count) {
    size_t words = sizeof(Frame) / sizeof(Value) + static_cast<size_t>(code->nlocalsplus) +
                   static_cast<size_t>(code->stacksize);
    if (static_cast<size_t>(limit_ - next_free_) < words) return nullptr;
    auto* frame = reinterpret_cast<Frame*>(next_free_);
    next_free_ += words;
    init_header(frame, code, globals, builtins);
    Value* locals = frame->localsplus();
    for (int64_t i = 0; i < count; ++i) locals[i] = values[i];
    frame->sp = locals + count;
    top_frame_ = frame;
    ++depth_;
    return frame;
  }
  // Pops the top frame. Precondition: `frame` is the top frame.
  void pop(Frame* frame) {
    top_frame_ = frame->previous;
    next_free_ = reinterpret_cast<Value*>(frame);
    --depth_;
  }

  Frame* top() const { return top_frame_; }
  int depth() const { return depth_; }
  // The fields compiled code updates when it pushes and pops a frame itself
  // (jit/call_trace.h, calls of compiled functions in machine code).
  struct Fields {
    Value** next_free;
    Value** limit;
    Frame** top;
    int* depth;
  };
  Fields fields() { return Fields{&next_free_, &limit_, &top_frame_, &depth_}; }

  void trace(runtime::Tracer& tracer);

 private:
  void init_header(Frame* frame, runtime::Code* code, runtime::Dict* globals,
                   runtime::Dict* builtins) {
    frame->previous = top_frame_;
    frame->code = code;
    frame->function = nullptr;
    frame->globals = globals;
    frame->builtins = builtins;
    frame->locals_mapping = Value::null();
    frame->pc = code->instructions();
    frame->sp = frame->stack_base();
    frame->current_unit = 0;
    frame->is_entry = 0;
    frame->init_frame = 0;
    frame->kwnames = nullptr;
    frame->generator = nullptr;
  }

  Value* base_ = nullptr;
  Value* limit_ = nullptr;
  Value* next_free_ = nullptr;
  size_t reserve_bytes_;
  Frame* top_frame_ = nullptr;
  int depth_ = 0;
};

}  // namespace pyvm::vm
