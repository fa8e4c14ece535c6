// The recorder's half of exception instances made and used in traces:
// `MyError(args)` of a user exception class (the instance made by the
// `exc_new` residual call, its Python __init__ inlined like any class's),
// `BaseException.__init__(self, ...)` through a built-in exception class
// (`ValueError.__init__(self, msg)`: the `exc_init` call), and attributes
// kept in the exception's dict (`self.pos = pos` in __init__, `e.pos` in a
// handler: `exc_setattr`, `exc_getattr`). The helpers are in
// jit/residual_exceptions.cpp; jit/recorder_alloc.cpp holds the class call
// they share with plain instances.
//
// Invariants:
//   - An exception class's identity and version fix its __new__, __init__,
//     __setattr__, __getattribute__, __del__ and the class attributes that
//     could describe a name: every decision below is taken at record time
//     under a guard on the exact type and that version.
//   - A built-in class is immutable: the unbound native method read through
//     it (`ValueError.__init__`) is a constant fixed by the class's identity.
//   - No helper runs Python code: a name stored or loaded has no class
//     attribute (no descriptor), the class has neither __setattr__ nor
//     __getattribute__, and the dict's keys are strs.
#include "jit/layout.h"
#include "jit/recorder.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

bool is_exception_instance(Value v) {
  return v.is_object() && (v.object()->type->flags & runtime::kTypeBaseException) != 0;
}

// Names the exception layout keeps in its own fields (set_exception_field)
// or answers before the dict.
bool is_exception_field(const runtime::Str* name) {
  static constexpr const char* kFields[] = {"args",        "__traceback__",        "__cause__",
                                            "__context__", "__suppress_context__", "__dict__",
                                            "__class__"};
  for (const char* f : kFields) {
    if (runtime::str_equals_ascii(name, f)) return true;
  }
  return false;
}

}  // namespace

// The __init__ `cls(args)` runs for a user exception class whose instances
// come from BaseException.__new__ (null: BaseException.__init__, which sets
// the args exc_new already set), or false when the recorder cannot compile
// the instantiation.
bool Recorder::exception_class_init(runtime::Type* cls, Value* init) {
  runtime::UserType* user = runtime::as_user_type(cls);
  if (user == nullptr || (cls->flags & runtime::kTypeBaseException) == 0 || cls->version == 0) {
    return false;
  }
  runtime::Type* base = vm_.types().base_exception;
  Value own_new = runtime::type_lookup(vm_, cls, vm_.intern("__new__"));
  if (own_new != runtime::type_lookup(vm_, base, vm_.intern("__new__")) ||
      !runtime::type_lookup(vm_, cls, vm_.intern("__del__")).is_null()) {
    return false;
  }
  *init = runtime::type_lookup(vm_, cls, vm_.intern("__init__"));
  if (*init == runtime::type_lookup(vm_, base, vm_.intern("__init__"))) {
    *init = Value::null();
    return true;
  }
  return init->is_object() && init->object()->type == vm_.types().function;
}

// The instance of `cls(args)` for a user exception class (after the class's
// guards): a runtime call that stores the arguments as its args.
Ref Recorder::new_exception(Ref cls, const std::vector<Ref>& args) {
  std::vector<Ref> call_args{cls};
  for (Ref a : args) call_args.push_back(to_val(a));
  return residual(Residual::exc_new, call_args);
}

// `LOAD_ATTR` / `LOAD_METHOD` of an unbound native method through a built-in
// class (`ValueError.__init__`): a constant once the class is.
bool Recorder::rec_builtin_class_attr(Ref owner, Value o, uint32_t oparg, bool method) {
  auto* cls = o.as<runtime::Type>();
  auto* name = code_->names->at(static_cast<int64_t>(oparg)).as<runtime::Str>();
  if (runtime::is_user_class(cls) || !runtime::str_equals_ascii(name, "__init__")) {
    return fail(AbortReason::kUnsupportedAttribute);
  }
  Value found = runtime::type_lookup(vm_, cls, name);
  if (found != runtime::type_lookup(vm_, vm_.types().base_exception, name)) {
    return fail(AbortReason::kUnsupportedAttribute);
  }
  guard_callable(owner, kobj(cls));
  Ref value = ir().kval(found.raw());
  return replace_attribute_owner(value, method);
}

bool Recorder::is_exception_init(Value callable) const {
  return callable == runtime::type_lookup(vm_, vm_.types().base_exception, vm_.intern("__init__"));
}

// `BaseException.__init__(self, args...)` of an exception instance.
bool Recorder::rec_exception_init(Ref callable_ref, const std::vector<Ref>& args,
                                  const Value* actual_args) {
  if (args.empty() || !is_exception_instance(actual_args[0]) ||
      static_cast<int64_t>(args.size()) >= kMaxResidualArgs) {
    return fail(AbortReason::kUnsupportedCall);
  }
  guard_callable(
      callable_ref,
      ir().kval(
          runtime::type_lookup(vm_, vm_.types().base_exception, vm_.intern("__init__")).raw()));
  guard_type(args[0], actual_args[0].object()->type);
  std::vector<Ref> call_args;
  for (Ref a : args) call_args.push_back(to_val(a));
  Ref r = residual(Residual::exc_init, call_args);
  pop(depth_ - call_depth_);
  push(r);
  return true;
}

// The guards that fix an exception instance's exact type and, for a user
// class, its version; false when the type has no version to guard.
bool Recorder::guard_exception_type(Ref owner, runtime::Type* t) {
  if (runtime::is_user_class(t) && t->version == 0) return false;
  guard_type(owner, t);
  if (runtime::is_user_class(t)) {
    Ref version = emit(IrOp::FLOADK, IrType::kInt, kobj(t), kNoRef, layout::kTypeVersion);
    guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, version, kversion(t->version)));
  }
  return true;
}

// A name an exception's dict answers: no layout field, no class attribute
// (so no descriptor and no method), and the class's own getattr/setattr.
bool Recorder::exception_dict_name(runtime::Type* t, const runtime::Str* name) const {
  runtime::Type* base = vm_.types().base_exception;
  bool own_getattr = t->getattr == base->getattr || t->getattr == runtime::user_exception_getattr;
  return !is_exception_field(name) && own_getattr &&
         runtime::type_lookup(vm_, t, const_cast<runtime::Str*>(name)).is_null();
}

// `e.args` of an exception whose class describes `args` as BaseException
// does (and whose dict has no "args" entry now).
bool Recorder::exception_args_name(runtime::Type* t, runtime::Str* name) const {
  runtime::Type* base = vm_.types().base_exception;
  return runtime::str_equals_ascii(name, "args") &&
         (t->getattr == base->getattr || t->getattr == runtime::user_exception_getattr) &&
         runtime::type_lookup(vm_, t, name) == runtime::type_lookup(vm_, base, name);
}

// `e.pos` / `e.pos(...)` of an exception whose dict holds `pos`, and `e.args`.
bool Recorder::rec_exception_getattr(Ref owner, Value o, uint32_t oparg, bool method) {
  auto* name = code_->names->at(static_cast<int64_t>(oparg)).as<runtime::Str>();
  auto* e = o.as<runtime::BaseException>();
  runtime::Type* t = e->type;
  Value in_dict = e->dict == nullptr ? Value::null() : runtime::dict_get_str(vm_, e->dict, name);
  bool args = exception_args_name(t, name);
  if ((args ? !in_dict.is_null() : !exception_dict_name(t, name) || in_dict.is_null()) ||
      !guard_exception_type(owner, t)) {
    return fail(AbortReason::kUnsupportedAttribute);
  }
  Ref value = args ? residual(Residual::exc_args, {to_val(owner)})
                   : residual(Residual::exc_getattr, {to_val(owner), kobj(name)});
  return replace_attribute_owner(value, method);
}

// `self.pos = pos` of an exception instance (no __slots__, no __setattr__).
bool Recorder::rec_exception_setattr(uint32_t oparg) {
  Ref owner = top(1);
  Ref value = top(2);
  Value o = actual_top(1);
  auto* name = code_->names->at(static_cast<int64_t>(oparg)).as<runtime::Str>();
  runtime::Type* t = o.object()->type;
  runtime::Type* base = vm_.types().base_exception;
  if (!exception_dict_name(t, name) || runtime::attributes_of(o.object()) != nullptr ||
      (t->setattr != base->setattr && t->setattr != runtime::generic_setattr) ||
      !guard_exception_type(owner, t)) {
    return fail(AbortReason::kUnsupportedAttribute);
  }
  residual(Residual::exc_setattr, {to_val(owner), kobj(name), to_val(value)});
  pop(2);
  return true;
}

}  // namespace pyvm::jit
