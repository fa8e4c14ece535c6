// sys._getframe(depth=0): read-only snapshots of the running Python frames.
#pragma once

#include "runtime/object.h"

namespace pyvm::vm {

class VM;

// sys._getframe([depth]): the frame `depth` calls below the caller, as a
// snapshot (runtime/traceback_object.h) whose f_back chain is snapshotted
// at the same time. f_locals is a copy for function frames (CPython's is a
// live view refreshed on access), and f_lineno stays the line of the
// moment of the call.
[[nodiscard]] Value sys_getframe(VM& vm, runtime::CallArgs args);

}  // namespace pyvm::vm
