// VM: the one object that owns all global state of a pyvm instance: the heap,
// the built-in types and singletons, the intern table, the module table, the
// pending exception and the frame stack. Nothing in pyvm keeps mutable state
// outside it; functions that need any of this take `VM&` first.
//
// Invariants:
//   - After construction every built-in Type* below is non-null and finished.
//   - At most one exception is pending (`pending_exception_`); a fallible call
//     that returns null / -1 has set it, and a successful one has not.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "gc/heap.h"
#include "jit/options.h"
#include "runtime/object.h"
#include "runtime/str.h"

namespace pyvm::runtime {
struct Module;
struct WeakrefState;
struct CollectionsState;
struct StructState;
struct YieldConsumer;
}  // namespace pyvm::runtime

namespace pyvm::jit {
class Jit;
}  // namespace pyvm::jit

namespace pyvm::vm {

class FrameStack;
class CompileService;

// Built-in types: X(field, python_name).
#define PYVM_BUILTIN_TYPES(X)                               \
  X(object, "object")                                       \
  X(type, "type")                                           \
  X(none, "NoneType")                                       \
  X(not_implemented, "NotImplementedType")                  \
  X(ellipsis, "ellipsis")                                   \
  X(int_, "int")                                            \
  X(bool_, "bool")                                          \
  X(float_, "float")                                        \
  X(complex, "complex")                                     \
  X(str, "str")                                             \
  X(bytes, "bytes")                                         \
  X(bytearray, "bytearray")                                 \
  X(bytearray_iterator, "bytearray_iterator")               \
  X(memoryview, "memoryview")                               \
  X(memory_iterator, "memory_iterator")                     \
  X(tuple, "tuple")                                         \
  X(list, "list")                                           \
  X(dict, "dict")                                           \
  X(set, "set")                                             \
  X(frozenset, "frozenset")                                 \
  X(range, "range")                                         \
  X(slice, "slice")                                         \
  X(code, "code")                                           \
  X(function, "function")                                   \
  X(builtin_function, "builtin_function_or_method")         \
  X(method, "method")                                       \
  X(cell, "cell")                                           \
  X(module, "module")                                       \
  X(traceback, "traceback")                                 \
  X(range_iterator, "range_iterator")                       \
  X(longrange_iterator, "longrange_iterator")               \
  X(list_iterator, "list_iterator")                         \
  X(tuple_iterator, "tuple_iterator")                       \
  X(str_iterator, "str_ascii_iterator")                     \
  X(set_iterator, "set_iterator")                           \
  X(dict_keyiterator, "dict_keyiterator")                   \
  X(dict_valueiterator, "dict_valueiterator")               \
  X(dict_itemiterator, "dict_itemiterator")                 \
  X(dict_keys, "dict_keys")                                 \
  X(dict_values, "dict_values")                             \
  X(dict_items, "dict_items")                               \
  X(bytes_iterator, "bytes_iterator")                       \
  X(seq_iterator, "iterator")                               \
  X(callable_iterator, "callable_iterator")                 \
  X(enumerate, "enumerate")                                 \
  X(zip, "zip")                                             \
  X(map, "map")                                             \
  X(filter, "filter")                                       \
  X(reversed, "reversed")                                   \
  X(list_reverseiterator, "list_reverseiterator")           \
  X(dict_reversekeyiterator, "dict_reversekeyiterator")     \
  X(dict_reversevalueiterator, "dict_reversevalueiterator") \
  X(dict_reverseitemiterator, "dict_reverseitemiterator")   \
  X(generator, "generator")                                 \
  X(shape, "shape")                                         \
  X(storage, "storage")                                     \
  X(super, "super")                                         \
  X(property, "property")                                   \
  X(staticmethod, "staticmethod")                           \
  X(classmethod, "classmethod")                             \
  X(member_descriptor, "member_descriptor")                 \
  X(mappingproxy, "mappingproxy")                           \
  X(generic_alias, "GenericAlias")                          \
  X(union_type, "UnionType")                                \
  X(attribute_dict, "dict")

// Built-in exception types: X(field, python_name, base_field).
#define PYVM_EXCEPTION_TYPES(X)                                           \
  X(base_exception, "BaseException", object)                              \
  X(system_exit, "SystemExit", base_exception)                            \
  X(keyboard_interrupt, "KeyboardInterrupt", base_exception)              \
  X(generator_exit, "GeneratorExit", base_exception)                      \
  X(exception, "Exception", base_exception)                               \
  X(stop_iteration, "StopIteration", exception)                           \
  X(stop_async_iteration, "StopAsyncIteration", exception)                \
  X(arithmetic_error, "ArithmeticError", exception)                       \
  X(zero_division_error, "ZeroDivisionError", arithmetic_error)           \
  X(overflow_error, "OverflowError", arithmetic_error)                    \
  X(floating_point_error, "FloatingPointError", arithmetic_error)         \
  X(assertion_error, "AssertionError", exception)                         \
  X(buffer_error, "BufferError", exception)                               \
  X(attribute_error, "AttributeError", exception)                         \
  X(lookup_error, "LookupError", exception)                               \
  X(index_error, "IndexError", lookup_error)                              \
  X(key_error, "KeyError", lookup_error)                                  \
  X(memory_error, "MemoryError", exception)                               \
  X(name_error, "NameError", exception)                                   \
  X(unbound_local_error, "UnboundLocalError", name_error)                 \
  X(runtime_error, "RuntimeError", exception)                             \
  X(reference_error, "ReferenceError", exception)                         \
  X(recursion_error, "RecursionError", runtime_error)                     \
  X(not_implemented_error, "NotImplementedError", runtime_error)          \
  X(type_error, "TypeError", exception)                                   \
  X(value_error, "ValueError", exception)                                 \
  X(unicode_error, "UnicodeError", value_error)                           \
  X(unicode_encode_error, "UnicodeEncodeError", unicode_error)            \
  X(unicode_decode_error, "UnicodeDecodeError", unicode_error)            \
  X(unicode_translate_error, "UnicodeTranslateError", unicode_error)      \
  X(import_error, "ImportError", exception)                               \
  X(module_not_found_error, "ModuleNotFoundError", import_error)          \
  X(os_error, "OSError", exception)                                       \
  X(file_not_found_error, "FileNotFoundError", os_error)                  \
  X(permission_error, "PermissionError", os_error)                        \
  X(is_a_directory_error, "IsADirectoryError", os_error)                  \
  X(file_exists_error, "FileExistsError", os_error)                       \
  X(not_a_directory_error, "NotADirectoryError", os_error)                \
  X(connection_error, "ConnectionError", os_error)                        \
  X(broken_pipe_error, "BrokenPipeError", connection_error)               \
  X(connection_aborted_error, "ConnectionAbortedError", connection_error) \
  X(connection_refused_error, "ConnectionRefusedError", connection_error) \
  X(connection_reset_error, "ConnectionResetError", connection_error)     \
  X(blocking_io_error, "BlockingIOError", os_error)                       \
  X(child_process_error, "ChildProcessError", os_error)                   \
  X(interrupted_error, "InterruptedError", os_error)                      \
  X(process_lookup_error, "ProcessLookupError", os_error)                 \
  X(timeout_error, "TimeoutError", os_error)                              \
  X(eof_error, "EOFError", exception)                                     \
  X(system_error, "SystemError", exception)                               \
  X(syntax_error, "SyntaxError", exception)                               \
  X(indentation_error, "IndentationError", syntax_error)                  \
  X(tab_error, "TabError", indentation_error)                             \
  X(warning, "Warning", exception)                                        \
  X(user_warning, "UserWarning", warning)                                 \
  X(deprecation_warning, "DeprecationWarning", warning)                   \
  X(pending_deprecation_warning, "PendingDeprecationWarning", warning)    \
  X(syntax_warning, "SyntaxWarning", warning)                             \
  X(runtime_warning, "RuntimeWarning", warning)                           \
  X(future_warning, "FutureWarning", warning)                             \
  X(import_warning, "ImportWarning", warning)                             \
  X(unicode_warning, "UnicodeWarning", warning)                           \
  X(bytes_warning, "BytesWarning", warning)                               \
  X(resource_warning, "ResourceWarning", warning)                         \
  X(encoding_warning, "EncodingWarning", warning)                         \
  X(base_exception_group, "BaseExceptionGroup", base_exception)           \
  X(exception_group, "ExceptionGroup", base_exception_group)

struct BuiltinTypes {
#define PYVM_DECLARE_TYPE(field, name) runtime::Type* field = nullptr;
  PYVM_BUILTIN_TYPES(PYVM_DECLARE_TYPE)
#undef PYVM_DECLARE_TYPE
#define PYVM_DECLARE_EXC(field, name, base) runtime::Type* field = nullptr;
  PYVM_EXCEPTION_TYPES(PYVM_DECLARE_EXC)
#undef PYVM_DECLARE_EXC
};

struct VMOptions {
  int recursion_limit = 1000;
  gc::HeapOptions heap = gc::HeapOptions::from_environment();
  // The tracing JIT (jit/options.h); off unless the embedder turns it on (the
  // pyvm command line does, from PYVM_JIT and -X jit*).
  ::pyvm::jit::JitOptions jit = ::pyvm::jit::JitOptions::off();
};

class VM : public gc::RootProvider {
 public:
  explicit VM(const VMOptions& options = VMOptions());
  ~VM() override;
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  gc::Heap& heap() { return heap_; }
  BuiltinTypes& types() { return types_; }

  // Allocates a zeroed object of `bytes` bytes; never returns nullptr. Over
  // the heap cap the memory comes from the heap's reserve and MemoryError is
  // raised at the next safe point (memory_exhausted); when even that fails
  // pyvm prints one line and exits with status 1.
  // The common case is inline (gc::Heap::allocate_fast: a bump of the size
  // class's allocation region); the rest is out of line.
  runtime::Object* allocate(runtime::Type* type, size_t bytes) {
    runtime::Object* object = heap_.allocate_fast(bytes, type, bytes);
    return object != nullptr ? object : allocate_slow(type, bytes, bytes);
  }
  template <typename T>
  T* allocate(runtime::Type* type, size_t extra_bytes = 0) {
    return static_cast<T*>(allocate(type, sizeof(T) + extra_bytes));
  }
  // Like allocate<T>, but only the T part is zeroed: the `payload_bytes`
  // after it hold whatever the cell held before, for the caller to write in
  // full before its next allocation. For payloads without references (the
  // characters of a str, the bytes of a bytes object).
  template <typename T>
  T* allocate_with_raw_payload(runtime::Type* type, size_t payload_bytes) {
    size_t bytes = sizeof(T) + payload_bytes;
    runtime::Object* object = heap_.allocate_fast(bytes, type, sizeof(T));
    if (object == nullptr) object = allocate_slow(type, bytes, sizeof(T));
    return static_cast<T*>(object);
  }
  // Stores `value` into `*slot` inside `holder`, running the write barrier.
  void store(runtime::Object* holder, Value* slot, Value value) {
    heap_.write_barrier(holder, value);
    *slot = value;
  }
  template <typename T>
  void store_ref(runtime::Object* holder, T** slot, T* value) {
    heap_.write_barrier(holder, Value::from_object(reinterpret_cast<runtime::Object*>(value)));
    *slot = value;
  }

  // Singletons.
  Value none() const { return none_; }
  Value true_value() const { return true_; }
  Value false_value() const { return false_; }
  Value bool_value(bool b) const { return b ? true_ : false_; }
  Value not_implemented() const { return not_implemented_; }
  Value ellipsis() const { return ellipsis_; }

  runtime::Str* intern(std::string_view utf8) { return interned_.intern(*this, utf8); }
  runtime::Str* intern(runtime::Str* s) { return interned_.intern(*this, s); }
  runtime::InternTable& intern_table() { return interned_; }

  // Exception state.
  bool has_exception() const { return !pending_exception_.is_null(); }
  Value pending_exception() const { return pending_exception_; }
  void set_exception(Value exception) { pending_exception_ = exception; }
  Value take_exception() {
    Value e = pending_exception_;
    pending_exception_ = Value::null();
    return e;
  }
  void clear_exception() { pending_exception_ = Value::null(); }
  // The exception being handled (sys.exc_info()[1]); None when there is none.
  Value handled_exception() const { return handled_exception_; }
  void set_handled_exception(Value e) { handled_exception_ = e; }
  // While a generator runs: its resumer's topmost handled exception (CPython
  // chains a generator's exc state to its resumer's). Null outside generators.
  Value outer_handled_exception() const { return outer_handled_exception_; }
  void set_outer_handled_exception(Value e) { outer_handled_exception_ = e; }
  // What sys.exc_info() and a bare raise see: the handled exception, else
  // the resumer's; None when neither is set.
  Value topmost_handled_exception() const {
    if (!handled_exception_.is_null() && handled_exception_ != none_) return handled_exception_;
    return outer_handled_exception_.is_null() ? none_ : outer_handled_exception_;
  }

  runtime::Dict* builtins() { return builtins_; }
  runtime::Dict* modules() { return modules_; }  // sys.modules
  runtime::Module* sys_module() { return sys_module_; }

  // The empty shape of user-class instances (runtime/instance.h), created
  // on first use.
  runtime::Object* root_shape = nullptr;
  // The next Type::version handed out (runtime/user_class.h: type_modified).
  uint64_t next_type_version = 1;
  // Names of modules whose code is running (vm/import.cpp: circular imports).
  std::set<std::string> modules_initializing;
  // Names of file modules still waiting for their importlib spec, and
  // whether the specs are being made (vm/module_specs.h).
  std::vector<std::string> modules_awaiting_spec;
  bool making_module_specs = false;

  FrameStack& frames() { return *frames_; }
  int recursion_limit() const { return recursion_limit_; }
  void set_recursion_limit(int limit) { recursion_limit_ = limit; }

  // sys.argv, set by the CLI before the main module runs.
  void set_argv(const std::vector<std::string>& argv);

  // Visits every root the VM holds directly (types, singletons, tables, the
  // frame stack). The collector calls it.
  void trace_roots(runtime::Tracer& tracer) override;

  // The eval breaker: set when work waits for the next safe point (queued
  // finalizers and weakref callbacks; later signals). The interpreter tests
  // it at back-edges, function entry and after native calls, and then runs
  // vm::run_pending_work (vm/pending_work.h).
  bool has_pending_work() const { return pending_work_.load(std::memory_order_relaxed); }
  void set_pending_work(bool pending) { pending_work_.store(pending, std::memory_order_relaxed); }
  void finalization_pending() override { set_pending_work(true); }
  // The heap ran over its cap (HeapOptions::max_heap_bytes): MemoryError is
  // raised at the next safe point (take_memory_error, vm/pending_work.cpp).
  void memory_exhausted() override;
  // True once per memory_exhausted: the caller raises MemoryError.
  [[nodiscard]] bool take_memory_error() {
    bool pending = memory_error_pending_;
    memory_error_pending_ = false;
    return pending;
  }
  // The flag itself, for the SIGINT handler (vm/signals.h).
  std::atomic<bool>* pending_work_flag() { return &pending_work_; }
  // Weak references and finalizers (runtime/weakref.h); owned.
  runtime::WeakrefState* weakref_state = nullptr;
  // The collections module's native types (runtime/collections_module.h); owned.
  runtime::CollectionsState* collections_state = nullptr;
  // The _struct module's native types (runtime/struct_module.h); owned.
  runtime::StructState* struct_state = nullptr;
  // The python3.11 child behind compile/exec/eval (vm/compile_service.h); owned.
  CompileService* compile_service = nullptr;

  // Containers currently being repr'd (list/dict/set recursion guard: `[...]`).
  std::vector<runtime::Object*> repr_in_progress;

  // Native recursion (vm/recursion_guard.h): the depth of nested native
  // repr/comparison/hash/isinstance calls, which counts against the recursion
  // limit together with the Python frames, as in CPython; and the lowest safe
  // address of the native stack (0: unknown), below which native code raises
  // RecursionError instead of overflowing the C++ stack.
  int native_depth() const { return native_depth_; }
  void set_native_depth(int depth) { native_depth_ = depth; }
  uintptr_t native_stack_limit() const { return native_stack_limit_; }
  void set_native_stack_limit(uintptr_t limit) { native_stack_limit_ = limit; }
  // The addresses compiled code reads before it pushes a frame itself
  // (jit/call_trace.h, calls of compiled functions in machine code).
  const int* recursion_limit_address() const { return &recursion_limit_; }
  const int* native_depth_address() const { return &native_depth_; }
  const uintptr_t* native_stack_limit_address() const { return &native_stack_limit_; }
  // A step budget for fuzzing, counted in safe points (function entries,
  // back-edges, calls): 0 = unlimited, > 0 = remaining, -1 = exhausted; once
  // exhausted every safe point raises RuntimeError (vm/pending_work.h).
  // Set it with vm::set_step_budget.
  int64_t step_budget = 0;
  // Suspended generators whose dropping would run code (finally/with/except
  // around their yield): while nonzero, the interpreter checks the values it
  // drops (runtime/generator_drop.h). Plus that module's rate-limit clock.
  int64_t suspended_cleanup_generators = 0;
  // The innermost `sum()` taking its generator's yields (runtime/yield_consumer.h).
  runtime::YieldConsumer* yield_consumer = nullptr;
  uint64_t generator_drop_spent_ns = 0;
  uint64_t generator_drop_start_ns = 0;

  // The tracing JIT (jit/jit.h); owned; null when it is off. The interpreter
  // calls it when a back-edge counter reaches jit_threshold (never when off).
  ::pyvm::jit::Jit* jit = nullptr;
  uint32_t jit_threshold = 1u << 16;

 private:
  // VM::allocate's slow path (gc::Heap::allocate_slow; out of memory exits).
  runtime::Object* allocate_slow(runtime::Type* type, size_t bytes, size_t zeroed_bytes);
  void create_types();
  void create_singletons();
  void init_type_slots();
  void create_builtins_and_sys();

  gc::Heap heap_;
  BuiltinTypes types_;
  runtime::InternTable interned_;
  Value none_, true_, false_, not_implemented_, ellipsis_;
  Value pending_exception_;
  Value handled_exception_;
  Value outer_handled_exception_;
  runtime::Dict* builtins_ = nullptr;
  runtime::Dict* modules_ = nullptr;
  runtime::Module* sys_module_ = nullptr;
  FrameStack* frames_ = nullptr;  // owned
  int recursion_limit_;
  std::atomic<bool> pending_work_{false};
  bool memory_error_pending_ = false;
  int native_depth_ = 0;
  uintptr_t native_stack_limit_ = 0;
};

}  // namespace pyvm::vm

namespace pyvm {
using vm::VM;
}  // namespace pyvm
