// compile(), exec() and eval() (see vm/exec_builtins.h): reading the source
// argument, choosing the globals/locals namespaces, inheriting the caller's
// future features, and running the compiled code in a fresh entry frame.
#include "vm/exec_builtins.h"

#include <string>

#include "runtime/ast_module.h"
#include "runtime/bytes_like.h"
#include "runtime/code.h"
#include "runtime/code_attributes.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/syntax_error.h"
#include "runtime/unicode_error.h"
#include "vm/compile_service.h"
#include "vm/frame.h"
#include "vm/imp_module.h"
#include "vm/interpreter.h"
#include "vm/marshal_writer.h"
#include "vm/recursion_guard.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

using runtime::CallArgs;
using runtime::Code;
using runtime::Dict;

// The __future__ feature flags a compile inherits from its caller
// (CO_FUTURE_DIVISION .. CO_FUTURE_ANNOTATIONS).
constexpr int64_t kFutureFlagsMask = 0x1fe0000;
// PyCF_ONLY_AST: compile to an ast object (runtime/ast_module.h).
constexpr int64_t kOnlyAstFlag = 0x400;

// Reads a str or bytes-like source into `request` (text as UTF-8).
// False, with nothing raised, when `source` is neither.
bool read_source(VM& vm, Value source, std::string* storage, CompileRequest* request) {
  if (runtime::is_str(vm, source)) {
    *storage = runtime::str_to_utf8(source.as<runtime::Str>());
    request->source = *storage;
    request->source_is_bytes = false;
    return true;
  }
  std::string_view view;
  if (!runtime::bytes_like_view(vm, source, storage, &view)) return false;
  if (view.data() != storage->data()) *storage = std::string(view);
  request->source = *storage;
  request->source_is_bytes = true;
  return true;
}

// The future features of the running Python code, which compile/exec/eval
// inherit unless told not to.
int64_t caller_future_flags(VM& vm) {
  Frame* frame = vm.frames().top();
  return frame == nullptr ? 0 : (frame->code->flags & kFutureFlagsMask);
}

// Compiles str/bytes `source` for exec()/eval() ("<string>", inherited
// future features); raises the TypeError naming `who` for other objects.
Code* compile_argument(VM& vm, Value source, const char* who, const char* mode) {
  std::string storage;
  CompileRequest request;
  if (!read_source(vm, source, &storage, &request)) {
    if (!vm.has_exception()) {
      runtime::raise_type_error(
          vm, std::string(who) + "() arg 1 must be a string, bytes or code object");
    }
    return nullptr;
  }
  if (std::string_view(mode) == "eval") {
    size_t skip = request.source.find_first_not_of(" \t");
    request.source.remove_prefix(skip == std::string_view::npos ? request.source.size() : skip);
  }
  request.filename = "<string>";
  request.mode = mode;
  request.flags = caller_future_flags(vm);
  return compile_source(vm, request);
}

bool is_mapping(VM& vm, Value v) {
  if (runtime::is_dict(vm, v)) return true;
  runtime::Type* type = runtime::type_of(vm, v);
  return type->getitem != nullptr ||
         !runtime::type_lookup(vm, type, vm.intern("__getitem__")).is_null();
}

// The builtins dict for code run with `globals`: globals['__builtins__'] as
// a module's dict or a dict, else the VM's builtins.
Dict* builtins_for(VM& vm, Dict* globals) {
  Value named = runtime::dict_get_str(vm, globals, vm.intern("__builtins__"));
  if (named.is_null() || !named.is_object()) return vm.builtins();
  if (named.object()->type == vm.types().module) return named.as<runtime::Module>()->dict;
  if (runtime::is_dict(vm, named)) return named.as<Dict>();
  return vm.builtins();
}

// The namespaces exec/eval run in: the caller's when `*globals` / `*locals`
// are None, with `__builtins__` added to globals when missing. False when
// it raised.
bool resolve_namespaces(VM& vm, const char* who, Value* globals, Value* locals) {
  Frame* frame = vm.frames().top();
  bool is_eval = std::string_view(who) == "eval";
  if (*globals == vm.none()) {
    if (frame == nullptr) {
      runtime::raise(vm, vm.types().system_error, std::string(who) + "(): no current frame");
      return false;
    }
    *globals = Value::from_object(frame->globals);
    if (*locals == vm.none()) {
      Value locals_fn = runtime::dict_get_str(vm, vm.builtins(), vm.intern("locals"));
      *locals = runtime::call_positional(vm, locals_fn, nullptr, 0);
      if (locals->is_null()) return false;
    }
  } else if (*locals == vm.none()) {
    *locals = *globals;
  }
  if (!runtime::is_dict(vm, *globals)) {
    if (!is_eval) {
      runtime::raise_type_error(
          vm, "exec() globals must be a dict, not " + runtime::type_name(vm, *globals));
    } else {
      runtime::raise_type_error(vm, is_mapping(vm, *globals)
                                        ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                        : "globals must be a dict");
    }
    return false;
  }
  if (!is_mapping(vm, *locals)) {
    runtime::raise_type_error(
        vm, is_eval ? std::string("locals must be a mapping")
                    : "locals must be a mapping or None, not " + runtime::type_name(vm, *locals));
    return false;
  }
  Dict* g = globals->as<Dict>();
  if (runtime::dict_get_str(vm, g, vm.intern("__builtins__")).is_null()) {
    Dict* current = frame == nullptr ? vm.builtins() : frame->builtins;
    runtime::dict_set_str(vm, g, vm.intern("__builtins__"), Value::from_object(current));
  }
  return true;
}

// Checks that a code object passed to exec/eval can run without a closure.
bool check_runnable(VM& vm, Code* code, const char* who) {
  if (code->nfree > 0) {
    runtime::raise_type_error(
        vm, std::string_view(who) == "exec"
                ? "code object requires a closure of exactly length " + std::to_string(code->nfree)
                : "code object passed to eval() may not contain free "
                  "variables");
    return false;
  }
  constexpr int kSuspending =
      runtime::kCoGenerator | runtime::kCoCoroutine | runtime::kCoAsyncGenerator;
  if ((code->flags & kSuspending) != 0) {
    runtime::raise(vm, vm.types().not_implemented_error,
                   std::string(who) + "() of a generator or coroutine code object");
    return false;
  }
  return true;
}

// exec()/eval() after argument binding: `args` = (source, globals, locals).
Value exec_or_eval(VM& vm, const char* who, Value source, Value globals, Value locals) {
  if (globals.is_null()) globals = vm.none();
  if (locals.is_null()) locals = vm.none();
  if (!resolve_namespaces(vm, who, &globals, &locals)) return Value::null();
  Code* code = nullptr;
  if (source.is_object() && source.object()->type == vm.types().code) {
    code = source.as<Code>();
  } else {
    code = compile_argument(vm, source, who, std::string_view(who) == "exec" ? "exec" : "eval");
    if (code == nullptr) return Value::null();
  }
  if (!check_runnable(vm, code, who)) return Value::null();
  return run_code_in_namespace(vm, code, globals.as<Dict>(), locals);
}

Value builtin_exec(VM& vm, CallArgs args) {
  if (args.npos > 3) {
    return runtime::raise_type_error(vm, "exec() takes at most 3 positional arguments (" +
                                             std::to_string(args.npos) + " given)");
  }
  Value bound[4];
  runtime::ArgSpec spec{"exec", {"source", "globals", "locals", "closure"}, 1, 3, 3};
  if (!runtime::bind_args(vm, args, spec, bound)) return Value::null();
  if (!bound[3].is_null() && bound[3] != vm.none()) {
    bool is_code = bound[0].is_object() && bound[0].object()->type == vm.types().code;
    if (!is_code) {
      return runtime::raise_type_error(vm, "closure can only be used when source is a code object");
    }
    return runtime::raise(vm, vm.types().not_implemented_error, "exec() with a closure");
  }
  Value result = exec_or_eval(vm, "exec", bound[0], bound[1], bound[2]);
  return result.is_null() ? result : vm.none();
}

Value builtin_eval(VM& vm, CallArgs args) {
  if (!runtime::reject_keywords(vm, args, "eval")) return Value::null();
  if (!runtime::check_positional(vm, args, "eval", 1, 3)) return Value::null();
  Value globals = args.npos > 1 ? args.args[1] : Value();
  Value locals = args.npos > 2 ? args.args[2] : Value();
  return exec_or_eval(vm, "eval", args.args[0], globals, locals);
}

// compile()'s filename argument: str, or bytes decoded as UTF-8.
bool read_filename(VM& vm, Value filename, std::string* out) {
  if (runtime::is_str(vm, filename)) {
    *out = runtime::str_to_utf8(filename.as<runtime::Str>());
    return true;
  }
  std::string storage;
  std::string_view view;
  if (runtime::bytes_like_view(vm, filename, &storage, &view)) {
    *out = std::string(view);
    return true;
  }
  if (!vm.has_exception()) {
    runtime::raise_type_error(
        vm, "expected str, bytes or os.PathLike object, not " + runtime::type_name(vm, filename));
  }
  return false;
}

// An int argument of compile() (flags, optimize), `fallback` when absent.
bool int_argument(VM& vm, Value v, int64_t fallback, int64_t* out) {
  *out = fallback;
  if (v.is_null()) return true;
  if (!runtime::is_int(vm, v)) {
    runtime::raise_type_error(
        vm, "'" + runtime::type_name(vm, v) + "' object cannot be interpreted as an integer");
    return false;
  }
  return runtime::int_to_int64(vm, v, out);
}

// compile() of an AST object `a[0]` (the other arguments as compile's): the
// tree goes to the compile service marshalled (runtime/ast_module.h:
// ast_to_tree). With PyCF_ONLY_AST the object itself is returned.
Value compile_ast_object(VM& vm, const Value* a) {
  CompileRequest request;
  if (!read_filename(vm, a[1], &request.filename)) return Value::null();
  if (!runtime::is_str(vm, a[2])) {
    return runtime::raise_type_error(
        vm, "compile() argument 'mode' must be str, not " + runtime::type_name(vm, a[2]));
  }
  request.mode = runtime::str_to_utf8(a[2].as<runtime::Str>());
  if (!int_argument(vm, a[3], 0, &request.flags)) return Value::null();
  if (!int_argument(vm, a[5], -1, &request.optimize)) return Value::null();
  if ((request.flags & kOnlyAstFlag) != 0) return a[0];
  int dont_inherit = a[4].is_null() ? 0 : runtime::truth(vm, a[4]);
  if (dont_inherit < 0) return Value::null();
  if (!dont_inherit) request.flags |= caller_future_flags(vm);
  Value tree = runtime::ast_to_tree(vm, a[0]);
  if (tree.is_null()) return tree;
  std::string storage;
  if (!marshal_dump(vm, tree, &storage)) return Value::null();
  request.source = storage;
  request.source_is_ast = true;
  Code* code = compile_source(vm, request);
  return code == nullptr ? Value::null() : Value::from_object(code);
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1).
Value builtin_compile(VM& vm, CallArgs args) {
  Value a[7];
  runtime::ArgSpec spec{
      "compile",
      {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
      3,
      6};
  if (!runtime::bind_args(vm, args, spec, a)) return Value::null();
  std::string storage;
  CompileRequest request;
  if (!read_source(vm, a[0], &storage, &request)) {
    if (vm.has_exception()) return Value::null();
    if (runtime::is_ast_node(vm, a[0])) return compile_ast_object(vm, a);
    return runtime::raise_type_error(vm, "compile() arg 1 must be a string, bytes or AST object");
  }
  if (!read_filename(vm, a[1], &request.filename)) return Value::null();
  if (!runtime::is_str(vm, a[2])) {
    return runtime::raise_type_error(
        vm, "compile() argument 'mode' must be str, not " + runtime::type_name(vm, a[2]));
  }
  request.mode = runtime::str_to_utf8(a[2].as<runtime::Str>());
  if (!int_argument(vm, a[3], 0, &request.flags)) return Value::null();
  if (!int_argument(vm, a[5], -1, &request.optimize)) return Value::null();
  int dont_inherit = a[4].is_null() ? 0 : runtime::truth(vm, a[4]);
  if (dont_inherit < 0) return Value::null();
  if (request.mode == "func_type" && (request.flags & kOnlyAstFlag) == 0) {
    return runtime::raise_value_error(vm, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  }
  if (request.mode != "exec" && request.mode != "eval" && request.mode != "single" &&
      request.mode != "func_type") {
    return runtime::raise_value_error(vm, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (!dont_inherit) request.flags |= caller_future_flags(vm);
  if ((request.flags & kOnlyAstFlag) != 0) {
    Value tree = compile_to_ast_tree(vm, request);
    return tree.is_null() ? tree : runtime::ast_from_tree(vm, tree);
  }
  Code* code = compile_source(vm, request);
  return code == nullptr ? Value::null() : Value::from_object(code);
}

}  // namespace

Value run_code_in_namespace(VM& vm, Code* code, Dict* globals, Value locals) {
  if (vm.frames().depth() + vm.native_depth() >= vm.recursion_limit() ||
      native_stack_exhausted(vm)) {
    return runtime::raise(vm, vm.types().recursion_error, "maximum recursion depth exceeded");
  }
  Frame* frame = vm.frames().push(code, globals, builtins_for(vm, globals));
  if (frame == nullptr) {
    return runtime::raise(vm, vm.types().recursion_error, "maximum recursion depth exceeded");
  }
  if ((code->flags & runtime::kCoOptimized) == 0) frame->locals_mapping = locals;
  frame->is_entry = 1;
  return execute(vm, frame);
}

void add_exec_builtins(VM& vm, Dict* builtins) {
  struct Spec {
    const char* name;
    runtime::NativeFn fn;
    int min_args;
  };
  constexpr Spec kSpecs[] = {
      {"compile", builtin_compile, 0}, {"exec", builtin_exec, 0}, {"eval", builtin_eval, 0}};
  for (const Spec& spec : kSpecs) {
    runtime::NativeFunction* f = runtime::native_function_new(vm, spec.name, spec.fn, spec.min_args,
                                                              -1, runtime::kNativeKeywords);
    runtime::dict_set_str(vm, builtins, f->name, Value::from_object(f));
  }
  add_import_builtin(vm, builtins);
  runtime::init_syntax_error_types(vm);
  runtime::init_unicode_error_types(vm);
  runtime::init_code_attributes(vm);
}

}  // namespace pyvm::vm
