// The built-in exception types: instance layout, construction, str/repr,
// attributes, and the raise helpers used throughout the runtime.
#include "runtime/exceptions.h"

#include <string>
#include <string_view>
#include <vector>

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

void trace_exception(Object* self, Tracer& tracer) {
  auto* exc = static_cast<BaseException*>(self);
  tracer.visit(exc->args);
  tracer.visit(exc->traceback);
  tracer.visit(exc->cause);
  tracer.visit(exc->context);
  tracer.visit(exc->dict);
}

void trace_traceback(Object* self, Tracer& tracer) {
  auto* tb = static_cast<Traceback*>(self);
  tracer.visit(tb->next);
  tracer.visit(tb->code);
  tracer.visit(tb->globals);
}

namespace {

// The keyword arguments exceptions of `cls` accept, which become attributes:
// ImportError(msg, name=..., path=...), AttributeError(msg, name=..., obj=...)
// and NameError(msg, name=...); empty for the others.
std::vector<std::string_view> exception_keywords(VM& vm, Type* cls) {
  if (is_subtype(cls, vm.types().import_error)) return {"name", "path"};
  if (is_subtype(cls, vm.types().attribute_error)) return {"name", "obj"};
  if (is_subtype(cls, vm.types().name_error)) return {"name"};
  return {};
}

bool set_exception_keywords(VM& vm, Value exc, CallArgs args,
                            const std::vector<std::string_view>& allowed) {
  for (int64_t i = 0; i < args.kwnames->length; ++i) {
    Str* key = args.kwnames->at(i).as<Str>();
    bool known = false;
    for (std::string_view k : allowed) known = known || str_equals_ascii(key, k);
    if (!known) {
      raise_type_error(vm, "'" + str_to_utf8(key) + "' is an invalid keyword argument for " +
                               type_name(vm, exc) + "()");
      return false;
    }
    auto* e = exc.as<BaseException>();
    if (e->dict == nullptr) vm.store_ref(e, &e->dict, dict_new(vm));
    dict_set_str(vm, e->dict, key, args.args[args.npos + static_cast<size_t>(i)]);
  }
  return true;
}

}  // namespace

Value exception_construct(VM& vm, Type* cls, CallArgs args) {
  bool has_keywords = args.kwnames != nullptr && args.kwnames->length > 0;
  std::vector<std::string_view> allowed;
  if (has_keywords) allowed = exception_keywords(vm, cls);
  if (has_keywords && allowed.empty()) {
    return raise_type_error(vm, type_name_of_type(cls) + "() takes no keyword arguments");
  }
  Tuple* tuple = tuple_from(vm, args.args, static_cast<int64_t>(args.npos));
  Value exc = exception_new(vm, cls, tuple);
  if (!exc.is_null() && has_keywords && !set_exception_keywords(vm, exc, args, allowed)) {
    return Value::null();
  }
  return exc;
}

Value exception_str(VM& vm, Value self) {
  auto* exc = self.as<BaseException>();
  Tuple* args = exc->args;
  if (args == nullptr || args->length == 0) return Value::from_object(vm.intern(""));
  if (args->length == 1) {
    // KeyError shows the key's repr, so KeyError('') reads as ''.
    if (is_subtype(exc->type, vm.types().key_error)) return repr(vm, args->at(0));
    return str(vm, args->at(0));
  }
  return repr(vm, Value::from_object(args));
}

Value exception_repr(VM& vm, Value self) {
  auto* exc = self.as<BaseException>();
  std::string text = type_name_of_type(exc->type);
  Tuple* args = exc->args;
  if (args != nullptr && args->length == 1) {
    Value r = repr(vm, args->at(0));
    if (r.is_null()) return r;
    text += "(" + str_to_utf8(r.as<Str>()) + ")";
  } else if (args != nullptr && args->length > 1) {
    Value r = repr(vm, Value::from_object(args));
    if (r.is_null()) return r;
    text += str_to_utf8(r.as<Str>());
  } else {
    text += "()";
  }
  return Value::from_object(str_from_utf8(vm, text));
}

Value first_arg_or_none(VM& vm, BaseException* exc) {
  if (exc->args == nullptr || exc->args->length == 0) return vm.none();
  return exc->args->at(0);
}

Value exception_getattr(VM& vm, Value self, Str* name) {
  auto* exc = self.as<BaseException>();
  if (exc->dict != nullptr) {
    Value v = dict_get_str(vm, exc->dict, name);
    if (!v.is_null()) return v;
  }
  // Compares in place: no UTF-8 copy of the name on this hot path.
  auto key_is = [name](std::string_view text) { return str_equals_ascii(name, text); };
  if (key_is("args")) {
    return exc->args == nullptr ? Value::from_object(tuple_empty(vm))
                                : Value::from_object(exc->args);
  }
  if (key_is("__traceback__")) {
    return exc->traceback == nullptr ? vm.none() : Value::from_object(exc->traceback);
  }
  if (key_is("__cause__")) return exc->cause.is_null() ? vm.none() : exc->cause;
  if (key_is("__context__")) return exc->context.is_null() ? vm.none() : exc->context;
  if (key_is("__suppress_context__")) return vm.bool_value(exc->suppress_context != 0);
  if (key_is("__class__")) return Value::from_object(exc->type);
  if (key_is("__dict__")) {
    if (exc->dict == nullptr) vm.store_ref(exc, &exc->dict, dict_new(vm));
    return Value::from_object(exc->dict);
  }
  bool is_stop = is_subtype(exc->type, vm.types().stop_iteration);
  bool is_exit = is_subtype(exc->type, vm.types().system_exit);
  if ((key_is("value") && is_stop) || (key_is("code") && is_exit)) {
    if (is_exit && exc->args != nullptr && exc->args->length > 1) {
      return Value::from_object(exc->args);
    }
    return first_arg_or_none(vm, exc);
  }
  Value found = type_lookup(vm, exc->type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, exc->type);
  if (is_subtype(exc->type, vm.types().os_error)) {
    if (key_is("errno") || key_is("strerror") || key_is("filename") || key_is("filename2")) {
      return vm.none();  // not given to the constructor
    }
    if (key_is("characters_written") && is_subtype(exc->type, vm.types().blocking_io_error)) {
      return raise(vm, vm.types().attribute_error, "characters_written");
    }
  }
  if (is_subtype(exc->type, vm.types().attribute_error) && (key_is("name") || key_is("obj"))) {
    return vm.none();  // neither given as a keyword nor set by a failed lookup
  }
  if (is_subtype(exc->type, vm.types().name_error) && key_is("name")) return vm.none();
  if (is_subtype(exc->type, vm.types().import_error)) {
    if (key_is("name") || key_is("path")) return vm.none();  // not given as keywords
    if (key_is("msg")) {
      return exc->args != nullptr && exc->args->length == 1 ? exc->args->at(0) : vm.none();
    }
  }
  return raise_attribute_error(vm, self, name);
}

// BaseException.add_note(note): appends to __notes__ (a list in the
// instance dict, created on first use).
Value exception_add_note(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Value note = args.args[1];
  if (!is_instance_of(vm, note, vm.types().str)) {
    return raise_type_error(vm, "note must be a str, not '" + type_name(vm, note) + "'");
  }
  Str* key = vm.intern("__notes__");
  Value notes = get_attr(vm, self, key);
  if (notes.is_null()) {
    if (!exception_matches(vm, vm.types().attribute_error)) return notes;
    vm.clear_exception();
    notes = Value::from_object(list_new(vm));
    if (set_attr(vm, self, key, notes) < 0) return Value::null();
  }
  if (!is_instance_of(vm, notes, vm.types().list)) {
    return raise_type_error(vm, "Cannot add note: __notes__ is not a list");
  }
  list_append(vm, notes.as<List>(), note);
  return vm.none();
}

// The text of one note, split as str.splitlines(keepends=True) would at
// \n, \r\n and \r, each line preceded by `margin`, then a newline.
std::string note_text(const std::string& text, const std::string& margin) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find_first_of("\r\n", start);
    if (end == std::string::npos) end = text.size();
    if (end < text.size()) end += text.compare(end, 2, "\r\n") == 0 ? 2 : 1;
    out += margin + text.substr(start, end - start);
    start = end;
  }
  return out + "\n";
}

// PySequence_Check: a getitem slot, and not a dict.
bool is_sequence(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  return t->getitem != nullptr && !is_subtype(t, vm.types().dict);
}

// str() of `v` as UTF-8; false (no exception pending) when str() fails.
bool text_of(VM& vm, Value v, bool use_repr, std::string* out) {
  Value s = use_repr ? repr(vm, v) : str(vm, v);
  if (s.is_null()) {
    vm.clear_exception();
    return false;
  }
  *out = str_to_utf8(s.as<Str>());
  return true;
}

// __cause__, __context__, __traceback__ and __suppress_context__ live in the
// exception's fields. Returns 1 when `name` is none of them.
int set_exception_field(VM& vm, BaseException* exc, Str* name, Value value) {
  bool is_cause = str_equals_ascii(name, "__cause__");
  if (is_cause || str_equals_ascii(name, "__context__")) {
    if (value.is_null()) value = vm.none();
    if (value != vm.none() && !is_subtype(type_of(vm, value), vm.types().base_exception)) {
      raise_type_error(vm, std::string("exception ") + (is_cause ? "cause" : "context") +
                               " must be None or derive from BaseException");
      return -1;
    }
    vm.store(exc, is_cause ? &exc->cause : &exc->context, value == vm.none() ? Value() : value);
    if (is_cause) exc->suppress_context = 1;
    return 0;
  }
  if (str_equals_ascii(name, "__traceback__")) {
    if (value.is_null()) value = vm.none();
    if (value != vm.none() && type_of(vm, value) != vm.types().traceback) {
      raise_type_error(vm, "__traceback__ must be a traceback or None");
      return -1;
    }
    vm.store_ref(exc, &exc->traceback, value == vm.none() ? nullptr : value.as<Traceback>());
    return 0;
  }
  if (str_equals_ascii(name, "__suppress_context__") && !value.is_null()) {
    int t = truth(vm, value);
    if (t < 0) return -1;
    exc->suppress_context = t;
    return 0;
  }
  return 1;
}

// exc.__dict__ = d: d (a dict or a dict subclass) becomes the attributes.
int assign_exception_dict(VM& vm, BaseException* exc, Value value) {
  if (value.is_null()) {
    raise_type_error(vm, "cannot delete __dict__");
    return -1;
  }
  if (!is_instance_of(vm, value, vm.types().dict)) {
    raise_type_error(vm,
                     "__dict__ must be set to a dictionary, not a '" + type_name(vm, value) + "'");
    return -1;
  }
  vm.store_ref(exc, &exc->dict, value.as<Dict>());
  return 0;
}

int exception_setattr(VM& vm, Value self, Str* name, Value value) {
  auto* exc = self.as<BaseException>();
  int field = set_exception_field(vm, exc, name, value);
  if (field <= 0) return field;
  if (str_equals_ascii(name, "__dict__")) return assign_exception_dict(vm, exc, value);
  if (exc->dict == nullptr) vm.store_ref(exc, &exc->dict, dict_new(vm));
  if (value.is_null()) return dict_del(vm, exc->dict, Value::from_object(name)) < 0 ? -1 : 0;
  dict_set_str(vm, exc->dict, name, value);
  return 0;
}

}  // namespace

std::string exception_notes_text(VM& vm, Value exception, const std::string& margin) {
  Value notes = get_attr(vm, exception, vm.intern("__notes__"));
  if (notes.is_null()) {
    vm.clear_exception();
    return "";
  }
  std::string text;
  if (!is_sequence(vm, notes)) {
    if (!text_of(vm, notes, true, &text)) text = "<__notes__ repr() failed>";
    return margin + text;  // CPython 3.11 ends no line here
  }
  int64_t count = length(vm, notes);
  if (count < 0) vm.clear_exception();
  std::string out;
  for (int64_t i = 0; i < count; ++i) {
    Value note = get_item(vm, notes, Value::from_small_int(i));
    if (note.is_null()) {
      vm.clear_exception();
      break;
    }
    if (text_of(vm, note, false, &text)) {
      out += note_text(text, margin);
    } else {
      out += margin + "<note str() failed>\n";
    }
  }
  return out;
}

Value exception_new(VM& vm, Type* type, Tuple* args) {
  size_t size =
      type->instance_size >= sizeof(BaseException) ? type->instance_size : sizeof(BaseException);
  auto* exc = static_cast<BaseException*>(vm.allocate(type, size));
  if (Attributes* attributes = attributes_of(exc)) {  // a class with __slots__
    attributes_init(vm, exc, attributes, static_cast<UserType*>(type)->initial_shape);
  }
  vm.store_ref(exc, &exc->args, args == nullptr ? tuple_empty(vm) : args);
  return Value::from_object(exc);
}

Value raise_value(VM& vm, Value exception) {
  vm.set_exception(exception);
  return Value::null();
}

Value raise(VM& vm, Type* type, std::string_view message) {
  Value text = Value::from_object(str_from_utf8(vm, message));
  return raise_value(vm, exception_new(vm, type, tuple_from(vm, &text, 1)));
}

Value raise_type_error(VM& vm, std::string_view message) {
  return raise(vm, vm.types().type_error, message);
}
Value raise_value_error(VM& vm, std::string_view message) {
  return raise(vm, vm.types().value_error, message);
}
Value raise_index_error(VM& vm, std::string_view message) {
  return raise(vm, vm.types().index_error, message);
}
Value raise_overflow_error(VM& vm, std::string_view message) {
  return raise(vm, vm.types().overflow_error, message);
}
Value raise_zero_division(VM& vm, std::string_view message) {
  return raise(vm, vm.types().zero_division_error, message);
}
Value raise_memory_error(VM& vm) {
  return raise_value(vm, exception_new(vm, vm.types().memory_error, nullptr));
}

Value raise_key_error(VM& vm, Value key) {
  return raise_value(vm, exception_new(vm, vm.types().key_error, tuple_from(vm, &key, 1)));
}

Value raise_attribute_error(VM& vm, Value object, Str* name) {
  std::string text;
  if (object.is_object() && object.object()->type == vm.types().type) {
    text = "type object '" + type_name_of_type(object.as<Type>()) + "'";
  } else {
    text = "'" + type_name(vm, object) + "' object";
  }
  return raise(vm, vm.types().attribute_error,
               text + " has no attribute '" + str_to_utf8(name) + "'");
}

Value raise_unsupported_operands(VM& vm, std::string_view op, Value a, Value b) {
  return raise_type_error(vm, "unsupported operand type(s) for " + std::string(op) + ": '" +
                                  type_name(vm, a) + "' and '" + type_name(vm, b) + "'");
}

void set_attribute_error_context(VM& vm, Value object, Str* name) {
  Value pending = vm.pending_exception();
  if (pending.is_null() || !is_subtype(pending.object()->type, vm.types().attribute_error)) return;
  auto* exc = pending.as<BaseException>();
  if (exc->dict != nullptr) {
    for (const char* key : {"name", "obj"}) {
      if (!dict_get_str(vm, exc->dict, vm.intern(key)).is_null()) return;  // already set
    }
  } else {
    vm.store_ref(exc, &exc->dict, dict_new(vm));
  }
  dict_set_str(vm, exc->dict, vm.intern("name"), Value::from_object(name));
  dict_set_str(vm, exc->dict, vm.intern("obj"), object);
}

void set_name_error_name(VM& vm, Str* name) {
  Value pending = vm.pending_exception();
  if (pending.is_null() || pending.object()->type != vm.types().name_error) return;
  auto* exc = pending.as<BaseException>();
  if (exc->dict == nullptr) vm.store_ref(exc, &exc->dict, dict_new(vm));
  dict_set_str(vm, exc->dict, vm.intern("name"), Value::from_object(name));
}

bool exception_matches(VM& vm, Type* type) {
  Value pending = vm.pending_exception();
  return !pending.is_null() && is_subtype(pending.object()->type, type);
}

namespace {

// BaseException.with_traceback(tb): sets __traceback__ (None or a
// traceback, checked as the attribute's setter checks it) and returns self.
Value exception_with_traceback(VM& vm, CallArgs args) {
  if (set_attr(vm, args.args[0], vm.intern("__traceback__"), args.args[1]) < 0) {
    return Value::null();
  }
  return args.args[0];
}

}  // namespace

void init_exception_types(VM& vm) {
#define PYVM_INIT_EXC(field, name, base)                     \
  {                                                          \
    Type* t = vm.types().field;                              \
    t->flags |= kTypeBaseException | kTypeAcceptsSubclasses; \
    t->instance_size = sizeof(BaseException);                \
    t->trace = trace_exception;                              \
    t->construct = exception_construct;                      \
    t->repr = exception_repr;                                \
    t->str = exception_str;                                  \
    t->getattr = exception_getattr;                          \
    t->setattr = exception_setattr;                          \
  }
  PYVM_EXCEPTION_TYPES(PYVM_INIT_EXC)
#undef PYVM_INIT_EXC
  add_method(vm, vm.types().base_exception, "add_note", exception_add_note, 1, 1, kNativeMethod);
  add_method(vm, vm.types().base_exception, "with_traceback", exception_with_traceback, 1, 1,
             kNativeMethod);
  Type* traceback = vm.types().traceback;
  traceback->trace = trace_traceback;
  traceback->instance_size = sizeof(Traceback);
}

}  // namespace pyvm::runtime
