// Native stack bounds and the RecursionError of vm/recursion_guard.h.
#include "vm/recursion_guard.h"

#include <pthread.h>

#include <string>

#include "runtime/exceptions.h"

namespace pyvm::vm {

namespace {

// Room left below the limit for the work done after a failed check: raising
// the exception, unwinding, printing the traceback. Sanitizer builds use much
// larger frames.
#if defined(__SANITIZE_ADDRESS__)
constexpr uintptr_t kStackMargin = 2u << 20;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr uintptr_t kStackMargin = 2u << 20;
#else
constexpr uintptr_t kStackMargin = 512u << 10;
#endif
#else
constexpr uintptr_t kStackMargin = 512u << 10;
#endif

}  // namespace

void init_native_stack_limit(VM& vm) {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
  void* low = nullptr;
  size_t size = 0;
  int rc = pthread_attr_getstack(&attr, &low, &size);
  pthread_attr_destroy(&attr);
  if (rc != 0 || low == nullptr || size <= 2 * kStackMargin) return;
  vm.set_native_stack_limit(reinterpret_cast<uintptr_t>(low) + kStackMargin);
}

bool raise_recursion_error(VM& vm, const char* suffix) {
  runtime::raise(vm, vm.types().recursion_error,
                 std::string("maximum recursion depth exceeded") + suffix);
  return false;
}

}  // namespace pyvm::vm
