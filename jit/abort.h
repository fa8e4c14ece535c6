// Why a trace recording stops without a trace: one enumerated list, so the
// statistics count each reason and the log names it.
#pragma once

#include <cstdint>

namespace pyvm::jit {

// X(enumerator, message)
#define PYVM_JIT_ABORTS(X)                                                    \
  X(kUnsupportedOpcode, "unsupported opcode")                                 \
  X(kUnsupportedOperands, "unsupported operand types")                        \
  X(kUnsupportedIterator, "unsupported iterator")                             \
  X(kUnsupportedCall, "unsupported call")                                     \
  X(kUnsupportedCallee, "callee not inlinable")                               \
  X(kInlineTooDeep, "inlined calls too deep")                                 \
  X(kRecursiveCall, "recursive call")                                         \
  X(kDunderNotImplemented, "dunder may return NotImplemented")                \
  X(kUnsupportedGlobal, "global not cacheable")                               \
  X(kUnsupportedAttribute, "attribute access not cached as an instance slot") \
  X(kUnboundLocal, "unbound local")                                           \
  X(kLeftFrame, "left the recorded frame")                                    \
  X(kLeftLoop, "left the loop")                                               \
  X(kInnerLoop, "inner loop")                                                 \
  X(kException, "exception raised while recording")                           \
  X(kStackMismatch, "value stack out of step")                                \
  X(kTraceTooLong, "trace too long")                                          \
  X(kTooManySnapshots, "too many snapshots")                                  \
  X(kTooManySlots, "frame too large")                                         \
  X(kTraceLimit, "trace limit reached")                                       \
  X(kCompileError, "machine code generation failed")                          \
  X(kSideLooped, "side trace looped without reaching a trace")                \
  X(kSideTraceLimit, "side trace limit of the root trace reached")            \
  X(kCodeLimit, "machine code size limit reached")

enum class AbortReason : uint8_t {
#define PYVM_JIT_ABORT_ENUM(name, message) name,
  PYVM_JIT_ABORTS(PYVM_JIT_ABORT_ENUM)
#undef PYVM_JIT_ABORT_ENUM
      kCount
};

inline constexpr int kAbortReasonCount = static_cast<int>(AbortReason::kCount);

const char* abort_message(AbortReason reason);

}  // namespace pyvm::jit
