// sys._getframe(depth=0): a snapshot of the calling frame and, through
// f_back, of every frame below it, taken when it is called. pyvm's frames
// live on a native stack and die with their call, so a snapshot keeps the
// code, the instruction then executing (f_lineno, f_lasti), the globals and
// builtins, and a module or class body's namespace as f_locals; a function
// frame's f_locals raises AttributeError. Lib/logging and Lib/warnings use it
// to find their caller.
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/frame.h"
#include "vm/sys_module.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

struct FrameSnapshot : runtime::Object {
  runtime::Code* code;
  runtime::Dict* globals;
  runtime::Dict* builtins;
  Value locals;  // module or class namespace; null for function frames
  Value back;    // the snapshot of the caller, or None
  int64_t unit;  // the instruction executing when the snapshot was taken
};

void trace_snapshot(runtime::Object* self, runtime::Tracer& tracer) {
  auto* f = static_cast<FrameSnapshot*>(self);
  tracer.visit(f->code);
  tracer.visit(f->globals);
  tracer.visit(f->builtins);
  tracer.visit(f->locals);
  tracer.visit(f->back);
}

Value line_of(const FrameSnapshot* f) {
  return Value::from_small_int(runtime::code_line_for_unit(f->code, static_cast<int32_t>(f->unit)));
}

Value snapshot_getattr(VM& vm, Value self, runtime::Str* name) {
  auto* f = self.as<FrameSnapshot>();
  std::string key = runtime::str_to_utf8(name);
  if (key == "f_code") return Value::from_object(f->code);
  if (key == "f_lineno") return line_of(f);
  if (key == "f_lasti") return Value::from_small_int(f->unit * 2);
  if (key == "f_back") return f->back;
  if (key == "f_globals") return Value::from_object(f->globals);
  if (key == "f_builtins") return Value::from_object(f->builtins);
  if (key == "f_trace") return vm.none();
  if (key == "__class__") return Value::from_object(self.object()->type);
  if (key == "f_locals") {
    if (!f->locals.is_null()) return f->locals;
    return runtime::raise(vm, vm.types().attribute_error,
                          "pyvm: f_locals of a function frame from sys._getframe() is not "
                          "supported");
  }
  return runtime::raise_attribute_error(vm, self, name);
}

Value snapshot_repr(VM& vm, Value self) {
  auto* f = self.as<FrameSnapshot>();
  char address[32];
  std::snprintf(address, sizeof(address), "%p", static_cast<void*>(f));
  std::string text = std::string("<frame at ") + address + ", file '" +
                     runtime::str_to_utf8(f->code->filename) + "', line " +
                     std::to_string(line_of(f).small_int()) + ", code " +
                     runtime::str_to_utf8(f->code->name) + ">";
  return Value::from_object(runtime::str_from_utf8(vm, text));
}

constexpr const char* kTypeKey = "_pyvm_frame_snapshot_type";

Type* snapshot_type(VM& vm) {
  Value t = runtime::module_attribute(vm, "sys", kTypeKey);
  return t.is_null() ? nullptr : t.as<Type>();
}

// Snapshots `frame` and the frames below it (the bottom one first, so each
// snapshot's f_back exists when it is made).
Value snapshot_chain(VM& vm, Type* type, Frame* top) {
  std::vector<Frame*> frames;
  for (Frame* f = top; f != nullptr; f = f->previous) frames.push_back(f);
  Value back = vm.none();
  for (size_t i = frames.size(); i-- > 0;) {
    Frame* f = frames[i];
    auto* s = vm.allocate<FrameSnapshot>(type);
    vm.store_ref(s, &s->code, f->code);
    vm.store_ref(s, &s->globals, f->globals);
    vm.store_ref(s, &s->builtins, f->builtins);
    Value locals = f->locals_mapping;
    if (locals.is_null() && f->function == nullptr) locals = Value::from_object(f->globals);
    vm.store(s, &s->locals, locals);
    vm.store(s, &s->back, back);
    s->unit = f->current_unit;
    back = Value::from_object(s);
  }
  return back;
}

Value sys_getframe(VM& vm, runtime::CallArgs args) {
  int64_t depth = 0;
  if (args.npos > 0 && !runtime::index_to_int64(vm, args.args[0], &depth)) return Value::null();
  Frame* frame = vm.frames().top();
  for (int64_t i = 0; i < depth && frame != nullptr; ++i) frame = frame->previous;
  if (frame == nullptr || depth < 0) {
    if (depth < 0) frame = vm.frames().top();
    if (frame == nullptr) return runtime::raise_value_error(vm, "call stack is not deep enough");
  }
  Type* type = snapshot_type(vm);
  if (type == nullptr)
    return runtime::raise(vm, vm.types().runtime_error, "pyvm: sys was replaced");
  return snapshot_chain(vm, type, frame);
}

}  // namespace

void add_sys_getframe(VM& vm, runtime::Module* sys) {
  Type* t =
      runtime::module_type_new(vm, "builtins", "frame", sizeof(FrameSnapshot), trace_snapshot);
  t->getattr = snapshot_getattr;
  t->repr = snapshot_repr;
  runtime::dict_set_str(vm, sys->dict, vm.intern(kTypeKey), Value::from_object(t));
  runtime::NativeFunction* f = runtime::native_function_new(vm, "_getframe", sys_getframe, 0, 1);
  runtime::dict_set_str(vm, sys->dict, f->name, Value::from_object(f));
}

}  // namespace pyvm::vm
