// VM construction: creates the built-in types and singletons in bootstrap
// order, lets each runtime file install its type's slots, then creates the
// builtins module and sys.
#include "vm/vm.h"

#include <cstdio>
#include <cstdlib>

#include "jit/jit.h"
#include "runtime/builtins.h"
#include "runtime/bytes.h"
#include "runtime/code.h"
#include "runtime/collections_module.h"
#include "runtime/complex.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exception_group.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/functools_module.h"
#include "runtime/gc_module.h"
#include "runtime/generator.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/iteration.h"
#include "runtime/iterators.h"
#include "runtime/itertools_module.h"
#include "runtime/list.h"
#include "runtime/math_module.h"
#include "runtime/module.h"
#include "runtime/object_hooks.h"
#include "runtime/operator_module.h"
#include "runtime/os_module.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/sre_module.h"
#include "runtime/storage.h"
#include "runtime/struct_module.h"
#include "runtime/time_module.h"
#include "runtime/traceback_object.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/user_class.h"
#include "runtime/weakref_module.h"
#include "vm/compile_service.h"
#include "vm/frame.h"
#include "vm/recursion_guard.h"
#include "vm/sys_module.h"

namespace pyvm::vm {

using runtime::Object;
using runtime::Type;

VM::VM(const VMOptions& options) : heap_(options.heap), recursion_limit_(options.recursion_limit) {
  frames_ = new FrameStack();
  init_native_stack_limit(*this);
  create_types();
  create_singletons();
  init_type_slots();
  create_builtins_and_sys();
  heap_.set_root_provider(this);
  heap_.end_bootstrap();
  if (options.jit.enabled) jit = ::pyvm::jit::create_jit(*this, options.jit);
}

VM::~VM() {
  ::pyvm::jit::destroy_jit(jit);
  runtime::destroy_weakref_state(*this);
  runtime::destroy_collections_state(*this);
  runtime::destroy_struct_state(*this);
  destroy_compile_service(*this);
  delete frames_;
}

Object* VM::allocate_slow(Type* type, size_t bytes, size_t zeroed_bytes) {
  Object* object = heap_.allocate_slow(bytes, type, zeroed_bytes);
  if (object == nullptr) {
    std::fflush(stdout);
    std::fputs("pyvm: out of memory\n", stderr);
    std::_Exit(1);
  }
  return object;
}

void VM::memory_exhausted() {
  memory_error_pending_ = true;
  set_pending_work(true);
}

void VM::create_types() {
  // `type` is its own type; every other type object is an instance of it.
  types_.type = static_cast<Type*>(allocate(nullptr, sizeof(Type)));
  types_.type->type = types_.type;
#define PYVM_CREATE_TYPE(field, name) \
  if (types_.field == nullptr)        \
    types_.field = static_cast<Type*>(allocate(types_.type, sizeof(Type)));
  PYVM_BUILTIN_TYPES(PYVM_CREATE_TYPE)
#undef PYVM_CREATE_TYPE
#define PYVM_CREATE_EXC(field, name, base) \
  types_.field = static_cast<Type*>(allocate(types_.type, sizeof(Type)));
  PYVM_EXCEPTION_TYPES(PYVM_CREATE_EXC)
#undef PYVM_CREATE_EXC

  // Names and bases need str and dict, which need only their Type* to exist.
#define PYVM_NAME_TYPE(field, name) \
  runtime::init_builtin_type(*this, types_.field, name, types_.object);
  PYVM_BUILTIN_TYPES(PYVM_NAME_TYPE)
#undef PYVM_NAME_TYPE
#define PYVM_NAME_EXC(field, name, base) \
  runtime::init_builtin_type(*this, types_.field, name, types_.base);
  PYVM_EXCEPTION_TYPES(PYVM_NAME_EXC)
#undef PYVM_NAME_EXC
  types_.object->base = nullptr;
  types_.bool_->base = types_.int_;
}

void VM::create_singletons() {
  none_ = Value::from_object(allocate(types_.none, sizeof(Object)));
  not_implemented_ = Value::from_object(allocate(types_.not_implemented, sizeof(Object)));
  ellipsis_ = Value::from_object(allocate(types_.ellipsis, sizeof(Object)));
  auto* false_object = allocate<runtime::Bool>(types_.bool_);
  false_object->value = 0;
  auto* true_object = allocate<runtime::Bool>(types_.bool_);
  true_object->value = 1;
  false_ = Value::from_object(false_object);
  true_ = Value::from_object(true_object);
  handled_exception_ = none_;
  outer_handled_exception_ = Value::null();
}

void VM::init_type_slots() {
  runtime::init_object_and_type_types(*this);
  runtime::init_singleton_types(*this);
  runtime::init_int_type(*this);
  runtime::init_bool_type(*this);
  runtime::init_float_type(*this);
  runtime::init_complex_type(*this);
  runtime::init_str_type(*this);
  runtime::init_bytes_type(*this);
  runtime::init_tuple_type(*this);
  runtime::init_storage_type(*this);
  runtime::init_list_type(*this);
  runtime::init_dict_type(*this);
  runtime::init_set_types(*this);
  runtime::init_range_type(*this);
  runtime::init_slice_type(*this);
  runtime::init_iterator_types(*this);
  runtime::init_code_type(*this);
  runtime::init_function_types(*this);
  runtime::init_generator_type(*this);
  runtime::init_instance_types(*this);
  runtime::init_class_types(*this);
  runtime::init_descriptor_types(*this);
  runtime::init_module_type(*this);
  runtime::init_exception_types(*this);
  runtime::init_iteration_types(*this);
  runtime::finish_builtin_types(*this);
  runtime::init_exception_group_types(*this);
}

void VM::create_builtins_and_sys() {
  modules_ = runtime::dict_new(*this);
  builtins_ = runtime::create_builtins(*this);
  sys_module_ = create_sys_module(*this);
  runtime::create_gc_module(*this);
  runtime::create_math_module(*this);
  runtime::create_collections_module(*this);
  runtime::create_weakref_module(*this);
  runtime::create_time_module(*this);
  runtime::create_os_module(*this);
  runtime::create_itertools_module(*this);
  runtime::create_operator_module(*this);
  runtime::create_functools_module(*this);
  runtime::init_traceback_attributes(*this);
  runtime::add_object_hooks(*this);
  runtime::create_sre_module(*this);
}

void VM::set_argv(const std::vector<std::string>& argv) { sys_set_argv(*this, argv); }

void VM::trace_roots(runtime::Tracer& tracer) {
#define PYVM_TRACE_TYPE(field, name) tracer.visit(types_.field);
  PYVM_BUILTIN_TYPES(PYVM_TRACE_TYPE)
#undef PYVM_TRACE_TYPE
#define PYVM_TRACE_EXC(field, name, base) tracer.visit(types_.field);
  PYVM_EXCEPTION_TYPES(PYVM_TRACE_EXC)
#undef PYVM_TRACE_EXC
  for (Value v : {none_, true_, false_, not_implemented_, ellipsis_, pending_exception_,
                  handled_exception_, outer_handled_exception_}) {
    tracer.visit(v);
  }
  tracer.visit(builtins_);
  tracer.visit(modules_);
  tracer.visit(sys_module_);
  tracer.visit(root_shape);
  interned_.trace(tracer);
  frames_->trace(tracer);
}

}  // namespace pyvm::vm
