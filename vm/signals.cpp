// Signal handlers and the KeyboardInterrupt they lead to (vm/signals.h).
#include "vm/signals.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>

#include "runtime/exceptions.h"
#include "vm/vm.h"

namespace pyvm::vm {

namespace {

// Signal handlers cannot receive context, so these two are process globals;
// both are lock-free atomics, the only state a handler may touch.
std::atomic<bool> g_sigint_pending{false};
std::atomic<bool>* g_pending_work = nullptr;

static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void on_sigint(int) {
  g_sigint_pending.store(true, std::memory_order_relaxed);
  if (g_pending_work != nullptr) g_pending_work->store(true, std::memory_order_relaxed);
}

}  // namespace

void install_signal_handlers(VM& vm) {
  g_pending_work = vm.pending_work_flag();
  struct sigaction action = {};
  action.sa_handler = on_sigint;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: blocking calls return EINTR
  sigaction(SIGINT, &action, nullptr);
  // Writing to a closed pipe fails with EPIPE, which the streams raise as
  // BrokenPipeError (runtime/text_stream.h), instead of killing the process.
  signal(SIGPIPE, SIG_IGN);
}

bool take_pending_sigint() { return g_sigint_pending.exchange(false, std::memory_order_relaxed); }

int check_signals(VM& vm) {
  if (!take_pending_sigint()) return 0;
  runtime::raise_value(vm, runtime::exception_new(vm, vm.types().keyboard_interrupt, nullptr));
  return -1;
}

void exit_by_sigint() {
  std::fflush(stdout);
  std::fflush(stderr);
  signal(SIGINT, SIG_DFL);
  kill(getpid(), SIGINT);
  // Only reached if the signal is blocked: report the status a shell would.
  std::_Exit(130);
}

}  // namespace pyvm::vm
