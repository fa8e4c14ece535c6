// Attributes of traceback objects (tb_next, tb_lineno, tb_lasti, tb_frame),
// the minimal frame objects behind tb_frame, and the `function.__code__` /
// `function.__globals__` class descriptors.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Installs the traceback getattr slot, the frame type and the function
// descriptors; called once while the VM starts.
void init_traceback_attributes(VM& vm);

// A frame object knowing only `code` (a Code) and the instruction `unit`
// (f_code, f_lineno, f_lasti), as tb_frame and gi_frame return.
[[nodiscard]] Value frame_snapshot_new(VM& vm, Object* code, int64_t unit);

// What sys._getframe's snapshots keep besides the code and instruction.
struct FrameScope {
  Value globals;
  Value builtins;
  Value locals;
  Value back;  // the caller's snapshot, or None
};
// A frame snapshot that also answers f_globals, f_builtins, f_locals, f_back.
[[nodiscard]] Value frame_snapshot_with_scope(VM& vm, Object* code, int64_t unit,
                                              const FrameScope& scope);

}  // namespace pyvm::runtime
