// Binding call arguments into a new frame's fast locals, with CPython 3.11's
// rules and error messages (missing, unexpected and duplicate arguments).
#include <string>
#include <vector>

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/recursion_guard.h"
#include "vm/vm.h"

namespace pyvm::vm {

using runtime::CallArgs;
using runtime::Code;
using runtime::Function;
using runtime::Str;
using runtime::Tuple;

namespace {

std::string qualname_of(const Function* f) { return runtime::str_to_utf8(f->qualname); }

std::string param_name(const Code* code, int i) {
  return runtime::str_to_utf8(code->localsplusnames->at(i).as<Str>());
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

bool raise_missing(VM& vm, const Function* f, const std::vector<std::string>& names,
                   const char* kind) {
  std::string text = qualname_of(f) + "() missing " + std::to_string(names.size()) + " required " +
                     kind + " argument" + (names.size() == 1 ? "" : "s") + ": " + join_names(names);
  runtime::raise_type_error(vm, text);
  return false;
}

bool raise_too_many_positional(VM& vm, const Function* f, const Value* locals, size_t given) {
  const Code* code = f->code;
  int64_t ndefaults = f->defaults == nullptr ? 0 : f->defaults->length;
  int argcount = code->argcount;
  std::string takes;
  if (ndefaults > 0) {
    takes = "from " + std::to_string(argcount - ndefaults) + " to " + std::to_string(argcount) +
            " positional arguments";
  } else {
    takes = std::to_string(argcount) + " positional argument" + (argcount == 1 ? "" : "s");
  }
  int kwonly_given = 0;
  for (int i = argcount; i < argcount + code->kwonlyargcount; ++i) {
    if (!locals[i].is_null()) ++kwonly_given;
  }
  std::string text = qualname_of(f) + "() takes " + takes + " but " + std::to_string(given);
  if (kwonly_given > 0) {
    text += std::string(" positional argument") + (given == 1 ? "" : "s") + " (and " +
            std::to_string(kwonly_given) + " keyword-only argument" +
            (kwonly_given == 1 ? "" : "s") + ") were given";
  } else {
    text += given == 1 ? " was given" : " were given";
  }
  runtime::raise_type_error(vm, text);
  return false;
}

// Index of the parameter named `name` among the keyword-passable ones, or -1.
int find_keyword_param(const Code* code, Str* name) {
  int total = code->argcount + code->kwonlyargcount;
  for (int i = code->posonlyargcount; i < total; ++i) {
    Str* param = code->localsplusnames->at(i).as<Str>();
    if (param == name || runtime::str_equal(param, name)) return i;
  }
  return -1;
}

bool is_positional_only_name(const Code* code, Str* name) {
  for (int i = 0; i < code->posonlyargcount; ++i) {
    if (runtime::str_equal(code->localsplusnames->at(i).as<Str>(), name)) return true;
  }
  return false;
}

bool bind_keywords(VM& vm, Function* f, Value* locals, CallArgs args, runtime::Dict* kwargs) {
  const Code* code = f->code;
  std::vector<std::string> posonly_as_keyword;
  for (int64_t k = 0; k < args.kwnames->length; ++k) {
    Str* name = args.kwnames->at(k).as<Str>();
    Value value = args.args[args.npos + static_cast<size_t>(k)];
    int index = find_keyword_param(code, name);
    if (index >= 0) {
      if (!locals[index].is_null()) {
        runtime::raise_type_error(vm, qualname_of(f) + "() got multiple values for argument '" +
                                          runtime::str_to_utf8(name) + "'");
        return false;
      }
      locals[index] = value;
    } else if (kwargs != nullptr) {
      if (runtime::dict_set(vm, kwargs, Value::from_object(name), value) < 0) return false;
    } else if (is_positional_only_name(code, name)) {
      posonly_as_keyword.push_back(runtime::str_to_utf8(name));
    } else {
      runtime::raise_type_error(vm, qualname_of(f) + "() got an unexpected keyword argument '" +
                                        runtime::str_to_utf8(name) + "'");
      return false;
    }
  }
  if (!posonly_as_keyword.empty()) {
    std::string list;
    for (size_t i = 0; i < posonly_as_keyword.size(); ++i) {
      list += (i > 0 ? ", '" : "'") + posonly_as_keyword[i] + "'";
    }
    runtime::raise_type_error(vm, qualname_of(f) +
                                      "() got some positional-only arguments passed as keyword "
                                      "arguments: " +
                                      list);
    return false;
  }
  return true;
}

bool fill_defaults(VM& vm, Function* f, Value* locals) {
  const Code* code = f->code;
  int argcount = code->argcount;
  int64_t ndefaults = f->defaults == nullptr ? 0 : f->defaults->length;
  std::vector<std::string> missing;
  for (int i = 0; i < argcount; ++i) {
    if (!locals[i].is_null()) continue;
    int64_t d = i - (argcount - ndefaults);
    if (d >= 0) {
      locals[i] = f->defaults->at(d);
    } else {
      missing.push_back(param_name(code, i));
    }
  }
  if (!missing.empty()) return raise_missing(vm, f, missing, "positional");
  for (int i = argcount; i < argcount + code->kwonlyargcount; ++i) {
    if (!locals[i].is_null()) continue;
    Value d =
        f->kwdefaults == nullptr
            ? Value::null()
            : runtime::dict_get_str(vm, f->kwdefaults, code->localsplusnames->at(i).as<Str>());
    if (d.is_null()) {
      missing.push_back(param_name(code, i));
    } else {
      locals[i] = d;
    }
  }
  if (!missing.empty()) return raise_missing(vm, f, missing, "keyword-only");
  return true;
}

bool bind_arguments(VM& vm, Function* f, Value* locals, CallArgs args) {
  const Code* code = f->code;
  size_t argcount = static_cast<size_t>(code->argcount);
  bool has_kw = args.kwnames != nullptr && args.kwnames->length > 0;
  bool varargs = (code->flags & runtime::kCoVarArgs) != 0;
  bool varkw = (code->flags & runtime::kCoVarKeywords) != 0;
  // Fast path: exactly the positional parameters, nothing else.
  if (!has_kw && !varargs && !varkw && args.npos == argcount && code->kwonlyargcount == 0) {
    for (size_t i = 0; i < argcount; ++i) locals[i] = args.args[i];
    return true;
  }
  size_t ncopy = args.npos < argcount ? args.npos : argcount;
  for (size_t i = 0; i < ncopy; ++i) locals[i] = args.args[i];
  int total = code->argcount + code->kwonlyargcount;
  if (varargs) {
    size_t extra = args.npos - ncopy;
    locals[total] =
        Value::from_object(runtime::tuple_from(vm, args.args + ncopy, static_cast<int64_t>(extra)));
  }
  runtime::Dict* kwargs = nullptr;
  if (varkw) {
    kwargs = runtime::dict_new(vm);
    locals[total + (varargs ? 1 : 0)] = Value::from_object(kwargs);
  }
  if (has_kw && !bind_keywords(vm, f, locals, args, kwargs)) return false;
  if (!varargs && args.npos > argcount) return raise_too_many_positional(vm, f, locals, args.npos);
  return fill_defaults(vm, f, locals);
}

}  // namespace

Frame* push_function_frame(VM& vm, Function* function, CallArgs args) {
  FrameStack& frames = vm.frames();
  if (frames.depth() + vm.native_depth() >= vm.recursion_limit() || native_stack_exhausted(vm)) {
    runtime::raise(vm, vm.types().recursion_error, "maximum recursion depth exceeded");
    return nullptr;
  }
  Frame* frame = frames.push(function->code, function->globals, function->builtins);
  if (frame == nullptr) {
    runtime::raise(vm, vm.types().recursion_error, "maximum recursion depth exceeded");
    return nullptr;
  }
  frame->function = function;
  if (!bind_arguments(vm, function, frame->localsplus(), args)) {
    frames.pop(frame);
    return nullptr;
  }
  return frame;
}

Value call_function(VM& vm, Function* function, CallArgs args) {
  Frame* frame = push_function_frame(vm, function, args);
  if (frame == nullptr) return Value::null();
  frame->is_entry = 1;
  return execute(vm, frame);
}

Value resume_generator_frame(VM& vm, runtime::Generator* gen, Value sent, bool raise_pending) {
  FrameStack& frames = vm.frames();
  if (frames.depth() + vm.native_depth() >= vm.recursion_limit() || native_stack_exhausted(vm)) {
    return runtime::raise(vm, vm.types().recursion_error, "maximum recursion depth exceeded");
  }
  Frame* frame = frames.push(gen->code, gen->globals, gen->builtins);
  if (frame == nullptr) {
    return runtime::raise(vm, vm.types().recursion_error, "maximum recursion depth exceeded");
  }
  frame->function = gen->function;
  frame->generator = gen;
  frame->is_entry = 1;
  int32_t nlocals = gen->code->nlocalsplus;
  const Value* saved = gen->values();
  Value* locals = frame->localsplus();
  for (int32_t i = 0; i < nlocals; ++i) locals[i] = saved[i];
  Value* sp = frame->stack_base();
  for (int64_t i = 0; i < gen->depth; ++i) *sp++ = saved[nlocals + i];
  if (!raise_pending && gen->resume_in_body == 0) *sp++ = sent;
  gen->resume_in_body = 0;
  frame->sp = sp;
  frame->pc = gen->code->instructions() + gen->resume_unit;
  frame->current_unit = static_cast<int32_t>(gen->yield_unit);
  return execute(vm, frame, raise_pending);
}

Value run_class_body(VM& vm, Function* body, runtime::Dict* ns) {
  Frame* frame = push_function_frame(vm, body, CallArgs{nullptr, 0, nullptr});
  if (frame == nullptr) return Value::null();
  frame->locals_mapping = Value::from_object(ns);
  frame->is_entry = 1;
  return execute(vm, frame);
}

Value run_module_code(VM& vm, Code* code, runtime::Dict* globals) {
  Frame* frame = vm.frames().push(code, globals, vm.builtins());
  if (frame == nullptr) {
    return runtime::raise(vm, vm.types().recursion_error, "maximum recursion depth exceeded");
  }
  frame->locals_mapping = Value::from_object(globals);
  frame->is_entry = 1;
  return execute(vm, frame);
}

}  // namespace pyvm::vm
