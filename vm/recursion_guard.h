// Guards native recursion: repr, comparison, hashing and isinstance of deeply
// nested data, and native code calling back into Python, recurse on the C++
// stack. Each level enters a guard that raises RecursionError instead of
// letting the C++ stack overflow.
//
// Two limits apply. The counted one (`NativeRecursionGuard`) adds the native
// depth to the Python frame depth and compares the sum with
// sys.getrecursionlimit(), as CPython 3.11 does with its shared recursion
// counter. The stack one (`native_stack_exhausted`) compares the current
// stack address with a limit computed from the thread's real stack bounds,
// so that even a recursion limit of 10**6 cannot overflow the C++ stack.
#pragma once

#include <cstdint>

#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::vm {

// Computes the native stack limit of the calling thread (its lowest address
// plus a safety margin) and stores it in the VM. Called by the VM
// constructor; a thread that runs the VM elsewhere may call it again.
void init_native_stack_limit(VM& vm);

// True when the C++ stack is nearly exhausted.
[[gnu::always_inline]] inline bool native_stack_exhausted(const VM& vm) {
  char probe;
  return reinterpret_cast<uintptr_t>(&probe) < vm.native_stack_limit();
}

// Raises RecursionError("maximum recursion depth exceeded" + `suffix`);
// returns false for the caller's error path.
[[nodiscard]] bool raise_recursion_error(VM& vm, const char* suffix);

// Checks the C++ stack only (no counted limit): hashing, whose depth CPython
// does not limit. False with RecursionError pending when exhausted.
[[nodiscard]] inline bool check_native_stack(VM& vm, const char* suffix) {
  if (__builtin_expect(native_stack_exhausted(vm), 0)) return raise_recursion_error(vm, suffix);
  return true;
}

// One level of counted native recursion. Usage:
//   NativeRecursionGuard guard(vm, " in comparison");
//   if (!guard.ok()) return Value::null();  // RecursionError pending
class NativeRecursionGuard {
 public:
  NativeRecursionGuard(VM& vm, const char* suffix) : vm_(vm) {
    int depth = vm.native_depth() + 1;
    ok_ = depth + vm.frames().depth() <= vm.recursion_limit() && !native_stack_exhausted(vm);
    if (!ok_) {
      (void)raise_recursion_error(vm, suffix);
      return;
    }
    vm.set_native_depth(depth);
  }
  ~NativeRecursionGuard() {
    if (ok_) vm_.set_native_depth(vm_.native_depth() - 1);
  }
  NativeRecursionGuard(const NativeRecursionGuard&) = delete;
  NativeRecursionGuard& operator=(const NativeRecursionGuard&) = delete;

  [[nodiscard]] bool ok() const { return ok_; }

 private:
  VM& vm_;
  bool ok_;
};

}  // namespace pyvm::vm
