// Python-visible attributes of traceback objects (runtime/traceback_object.h)
// and the minimal frame objects `tb.tb_frame` returns, plus the class-level
// descriptors `function.__code__` / `function.__globals__` that Lib/types.py
// takes the descriptor types from.
//
// pyvm's frames live on a native frame stack and die with their call, so a
// traceback keeps only the code and the instruction of each level. A frame
// object made from it knows its code and line (f_code, f_lineno, f_lasti);
// f_back, f_globals and f_locals are not kept, and reading them raises an
// AttributeError saying so. sys._getframe's snapshots also keep those
// (f_locals as it was when the snapshot was taken).
#include "runtime/traceback_object.h"

#include <string>

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct FrameObject : Object {
  Object* code;  // Code*
  int64_t unit;  // the instruction running (the traceback's)
  // Kept only by sys._getframe's snapshots; null in tb_frame / gi_frame.
  Value globals;
  Value builtins;
  Value locals;  // a snapshot dict, or the module/class namespace
  Value back;    // the caller's snapshot, or None
};

// A descriptor that reads the attribute of the same name from its argument.
struct GetSetDescriptor : Object {
  Str* name;
  Type* owner;
};

void trace_frame(Object* self, Tracer& tracer) {
  auto* f = static_cast<FrameObject*>(self);
  tracer.visit(f->code);
  tracer.visit(f->globals);
  tracer.visit(f->builtins);
  tracer.visit(f->locals);
  tracer.visit(f->back);
}

void trace_getset(Object* self, Tracer& tracer) {
  auto* d = static_cast<GetSetDescriptor*>(self);
  tracer.visit(d->name);
  tracer.visit(d->owner);
}

Type* find_type(VM& vm, const char* name) {
  Value t = dict_get_str(vm, vm.types().traceback->dict, vm.intern(name));
  return t.is_null() ? nullptr : t.as<Type>();
}

Value line_of(Object* code, int64_t unit) {
  int32_t line = code_line_for_unit(static_cast<Code*>(code), static_cast<int32_t>(unit));
  return Value::from_small_int(line);
}

Value frame_getattr(VM& vm, Value self, Str* name) {
  auto* f = self.as<FrameObject>();
  std::string key = str_to_utf8(name);
  if (key == "f_code") return Value::from_object(f->code);
  if (key == "f_lineno") return line_of(f->code, f->unit);
  if (key == "f_lasti") return Value::from_small_int(f->unit * 2);
  if (key == "__class__") return Value::from_object(self.object()->type);
  if (key == "f_back" && !f->back.is_null()) return f->back;
  if (key == "f_globals" && !f->globals.is_null()) return f->globals;
  if (key == "f_builtins" && !f->builtins.is_null()) return f->builtins;
  if (key == "f_locals" && !f->locals.is_null()) return f->locals;
  if (key == "f_trace" && !f->globals.is_null()) return vm.none();
  if (key == "clear") {
    // frame.clear() (traceback.clear_frames): a snapshot holds no live
    // locals, so there is nothing to clear.
    Type* type = self.object()->type;
    Value found = type_lookup(vm, type, name);
    if (!found.is_null()) return bind_attribute(vm, found, self, type);
  }
  if (key == "f_back" || key == "f_globals" || key == "f_locals" || key == "f_builtins" ||
      key == "f_trace") {
    return raise(vm, vm.types().attribute_error,
                 "pyvm frame objects from tracebacks do not keep '" + key + "'");
  }
  return raise_attribute_error(vm, self, name);
}

Value frame_repr(VM& vm, Value self) {
  auto* f = self.as<FrameObject>();
  auto* code = static_cast<Code*>(f->code);
  std::string text = "<frame, file '" + str_to_utf8(code->filename) + "', line " +
                     std::to_string(code_line_for_unit(code, static_cast<int32_t>(f->unit))) +
                     ", code " + str_to_utf8(code->name) + ">";
  return Value::from_object(str_from_utf8(vm, text));
}

Value traceback_getattr(VM& vm, Value self, Str* name) {
  auto* tb = self.as<Traceback>();
  std::string key = str_to_utf8(name);
  if (key == "tb_next") return tb->next == nullptr ? vm.none() : Value::from_object(tb->next);
  if (key == "tb_lineno") return line_of(tb->code, tb->unit);
  if (key == "tb_lasti") return Value::from_small_int(tb->unit * 2);
  if (key == "__class__") return Value::from_object(self.object()->type);
  if (key == "tb_frame") {
    Value globals = tb->globals == nullptr ? Value::null() : Value::from_object(tb->globals);
    return frame_snapshot_with_scope(
        vm, tb->code, tb->unit, FrameScope{globals, Value::null(), Value::null(), Value::null()});
  }
  return raise_attribute_error(vm, self, name);
}

// tb_next is writable (None or a traceback that does not lead back here),
// as unittest trims its own frames off a failure's traceback.
int traceback_setattr(VM& vm, Value self, Str* name, Value value) {
  auto* tb = self.as<Traceback>();
  std::string key = str_to_utf8(name);
  if (key != "tb_next") {
    bool known = key == "tb_frame" || key == "tb_lineno" || key == "tb_lasti";
    raise(vm, vm.types().attribute_error,
          known ? "readonly attribute" : "'traceback' object has no attribute '" + key + "'");
    return -1;
  }
  if (value.is_null()) {
    raise_type_error(vm, "can't delete tb_next attribute");
    return -1;
  }
  if (value == vm.none()) {
    vm.store_ref(tb, &tb->next, static_cast<Traceback*>(nullptr));
    return 0;
  }
  if (type_of(vm, value) != vm.types().traceback) {
    raise_type_error(vm, "expected traceback object or None, got '" + type_name(vm, value) + "'");
    return -1;
  }
  for (Traceback* t = value.as<Traceback>(); t != nullptr; t = t->next) {
    if (t == tb) {
      raise_value_error(vm, "traceback loop detected");
      return -1;
    }
  }
  vm.store_ref(tb, &tb->next, value.as<Traceback>());
  return 0;
}

// __get__(obj, type=None): the descriptor itself for None, else obj.<name>.
Value getset_get(VM& vm, CallArgs args) {
  auto* d = args.args[0].as<GetSetDescriptor>();
  Value object = args.args[1];
  if (object == vm.none()) return args.args[0];
  if (!is_instance_of(vm, object, d->owner)) {
    return raise_type_error(vm, "descriptor '" + str_to_utf8(d->name) + "' for '" +
                                    type_name_of_type(d->owner) + "' objects doesn't apply to a '" +
                                    type_name(vm, object) + "' object");
  }
  return get_attr(vm, object, d->name);
}

Value getset_getattr(VM& vm, Value self, Str* name) {
  auto* d = self.as<GetSetDescriptor>();
  if (str_equals_ascii(name, "__name__")) return Value::from_object(d->name);
  if (str_equals_ascii(name, "__objclass__")) return Value::from_object(d->owner);
  Type* t = self.object()->type;
  Value found = type_lookup(vm, t, name);
  if (found.is_null()) return raise_attribute_error(vm, self, name);
  return Value::from_object(method_new(vm, found, self));
}

Value getset_repr(VM& vm, Value self) {
  auto* d = self.as<GetSetDescriptor>();
  return Value::from_object(str_from_utf8(vm, "<attribute '" + str_to_utf8(d->name) + "' of '" +
                                                  type_name_of_type(d->owner) + "' objects>"));
}

Type* descriptor_type_new(VM& vm, const char* name) {
  Type* t = native_type_new(vm, name, vm.types().object, "builtins");
  t->instance_size = sizeof(GetSetDescriptor);
  t->trace = trace_getset;
  t->getattr = getset_getattr;
  t->repr = getset_repr;
  add_method(vm, t, "__get__", getset_get, 1, 2);
  return t;
}

void add_descriptor(VM& vm, Type* descriptor_type, Type* owner, const char* name) {
  auto* d = static_cast<GetSetDescriptor*>(vm.allocate(descriptor_type, sizeof(GetSetDescriptor)));
  vm.store_ref(d, &d->name, vm.intern(name));
  vm.store_ref(d, &d->owner, owner);
  dict_set_str(vm, owner->dict, d->name, Value::from_object(d));
}

}  // namespace

Value frame_snapshot_new(VM& vm, Object* code, int64_t unit) {
  Type* frame_type = find_type(vm, "__pyvm_frame_type__");
  auto* f = static_cast<FrameObject*>(vm.allocate(frame_type, sizeof(FrameObject)));
  vm.store_ref(f, &f->code, code);
  f->unit = unit;
  return Value::from_object(f);
}

Value frame_snapshot_with_scope(VM& vm, Object* code, int64_t unit, const FrameScope& scope) {
  Value frame = frame_snapshot_new(vm, code, unit);
  auto* f = frame.as<FrameObject>();
  vm.store(f, &f->globals, scope.globals);
  vm.store(f, &f->builtins, scope.builtins);
  vm.store(f, &f->locals, scope.locals);
  vm.store(f, &f->back, scope.back);
  return frame;
}

void init_traceback_attributes(VM& vm) {
  Type* traceback = vm.types().traceback;
  traceback->getattr = traceback_getattr;
  traceback->setattr = traceback_setattr;
  Type* frame = native_type_new(vm, "frame", vm.types().object, "builtins");
  frame->instance_size = sizeof(FrameObject);
  frame->trace = trace_frame;
  frame->getattr = frame_getattr;
  frame->repr = frame_repr;
  add_method(
      vm, frame, "clear", [](VM& vm, CallArgs) { return vm.none(); }, 0, 0);
  // Kept in the traceback type's dict under a private name (no VM field).
  dict_set_str(vm, traceback->dict, vm.intern("__pyvm_frame_type__"), Value::from_object(frame));
  Type* function = vm.types().function;
  add_descriptor(vm, descriptor_type_new(vm, "getset_descriptor"), function, "__code__");
  add_descriptor(vm, descriptor_type_new(vm, "member_descriptor"), function, "__globals__");
}

}  // namespace pyvm::runtime
