// Process signals: SIGINT becomes KeyboardInterrupt at the next instruction
// boundary. SIGPIPE is ignored, as CPython does: a write into a closed pipe
// fails with EPIPE and the streams raise BrokenPipeError (runtime/
// text_stream.h), and a failed flush at exit reports it (status 120).
//
// The SIGINT handler only sets two lock-free atomic flags: "SIGINT
// arrived" and the VM's pending-work flag (the eval breaker). The interpreter
// notices the latter at its next safe point and run_pending_work raises
// KeyboardInterrupt there (vm/pending_work.h).
#pragma once

namespace pyvm::vm {

class VM;

// Installs the handlers for `vm` (one VM per process receives signals).
void install_signal_handlers(VM& vm);

// Consumes a pending SIGINT: true when one arrived since the last call.
[[nodiscard]] bool take_pending_sigint();

// Raises KeyboardInterrupt when a SIGINT is pending. Returns -1 with the
// exception pending in that case, 0 otherwise. Blocking native calls
// (time.sleep) call it when interrupted by EINTR.
[[nodiscard]] int check_signals(VM& vm);

// Ends the process as killed by SIGINT (exit status 130 in a shell), as
// CPython does after an uncaught KeyboardInterrupt. Flushes stdio first.
[[noreturn]] void exit_by_sigint();

}  // namespace pyvm::vm
