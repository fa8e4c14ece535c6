// sys._getframe (see vm/sys_getframe.h).
#include "vm/sys_getframe.h"

#include <vector>

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/traceback_object.h"
#include "runtime/tuple.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

// The locals of `frame`: its namespace for module and class bodies, else a
// new dict of the bound fast locals (cells read through).
Value frame_locals(VM& vm, Frame* frame) {
  if (!frame->locals_mapping.is_null()) return frame->locals_mapping;
  runtime::Dict* out = runtime::dict_new(vm);
  runtime::Code* code = frame->code;
  for (int32_t i = 0; i < code->nlocalsplus; ++i) {
    Value v = frame->localsplus()[i];
    if (v.is_object() && v.object()->type == vm.types().cell) v = v.as<runtime::Cell>()->contents;
    if (v.is_null()) continue;
    if (runtime::dict_set(vm, out, code->localsplusnames->at(i), v) < 0) return Value::null();
  }
  return Value::from_object(out);
}

}  // namespace

Value sys_getframe(VM& vm, runtime::CallArgs args) {
  int64_t depth = 0;
  if (!runtime::reject_keywords(vm, args, "_getframe")) return Value::null();
  if (args.npos > 0 && !runtime::index_to_int64(vm, args.args[0], &depth)) return Value::null();
  Frame* target = vm.frames().top();
  for (int64_t i = 0; i < depth && target != nullptr; ++i) target = target->previous;
  if (target == nullptr) return runtime::raise_value_error(vm, "call stack is not deep enough");
  // Snapshot from the outermost frame inward so each f_back exists first.
  std::vector<Frame*> chain;
  for (Frame* f = target; f != nullptr; f = f->previous) chain.push_back(f);
  Value back = vm.none();
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    Frame* f = *it;
    Value locals = frame_locals(vm, f);
    if (locals.is_null()) return locals;
    runtime::FrameScope scope{Value::from_object(f->globals), Value::from_object(f->builtins),
                              locals, back};
    back = runtime::frame_snapshot_with_scope(vm, f->code, f->current_unit, scope);
  }
  return back;
}

}  // namespace pyvm::vm
