// io.StringIO (see runtime/string_io.h).
//
// The text lives in a malloc'd UTF-32 buffer owned by the object (freed by
// its finalize slot); positions are code-point indexes, as CPython's are.
// Differences from CPython: no newline translation (newline= other than
// None or '\n' raises NotImplementedError), and the type cannot be
// subclassed.
#include "runtime/string_io.h"

#include <string>

#include "runtime/collections_module.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/native_args.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct StringIO : Object {
  std::u32string* text;  // owned; null once closed
  int64_t pos;
};

void trace_string_io(Object*, Tracer&) {}

void finalize_string_io(Object* self) {
  auto* s = static_cast<StringIO*>(self);
  delete s->text;
  s->text = nullptr;
}

StringIO* open_self(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<StringIO>();
  if (s->text != nullptr) return s;
  raise_value_error(vm, "I/O operation on closed file");
  return nullptr;
}

Value make_str(VM& vm, const std::u32string& text, int64_t start, int64_t end) {
  auto count = end - start;
  if (count <= 0) return Value::from_object(vm.intern(""));
  return Value::from_object(
      str_from_codepoints(vm, reinterpret_cast<const uint32_t*>(text.data()) + start, count));
}

bool optional_size(VM& vm, CallArgs args, size_t index, int64_t* size) {
  *size = -1;
  if (args.npos <= index || args.args[index] == vm.none()) return true;
  return index_to_int64(vm, args.args[index], size);
}

// Reads StringIO's (initial_value='', newline='\n') into `initial`.
bool string_io_arguments(VM& vm, CallArgs args, std::u32string* initial) {
  Value a[2];
  if (!bind_args(vm, args, {"StringIO", {"initial_value", "newline"}, 0}, a)) return false;
  if (!a[1].is_null() && a[1] != vm.none() &&
      !(is_str(vm, a[1]) && str_equals_ascii(a[1].as<Str>(), "\n"))) {
    raise(vm, vm.types().not_implemented_error,
          "StringIO(): only newline=None or '\\n' is supported by pyvm");
    return false;
  }
  if (!a[0].is_null() && a[0] != vm.none()) {
    if (!is_str(vm, a[0])) {
      raise_type_error(vm, "initial_value must be str or None, not " + type_name(vm, a[0]));
      return false;
    }
    auto* str = a[0].as<Str>();
    for (int64_t i = 0; i < str->length; ++i) initial->push_back(str->at(i));
  }
  return true;
}

// An empty StringIO of `cls`; a user subclass (doctest's _SpoofOut) keeps
// its attributes after the StringIO fields.
StringIO* allocate_string_io(VM& vm, Type* cls) {
  auto* s = static_cast<StringIO*>(vm.allocate(cls, cls->instance_size));
  if (UserType* user = as_user_type(cls)) {
    if (Attributes* attributes = attributes_of(s)) {
      attributes_init(vm, s, attributes, user->initial_shape);
    }
  }
  s->text = new std::u32string();
  return s;
}

Value string_io_construct(VM& vm, Type* cls, CallArgs args) {
  std::u32string initial;
  if (!string_io_arguments(vm, args, &initial)) return Value::null();
  StringIO* s = allocate_string_io(vm, cls);
  *s->text = std::move(initial);
  return Value::from_object(s);
}

bool is_string_io_layout(Type* cls) {
  UserType* user = as_user_type(cls);
  Type* layout = user != nullptr ? user->layout : cls;
  return layout->construct == string_io_construct;
}

// StringIO.__new__(cls, *args, **kwargs), which user subclasses reach.
Value string_io_new(VM& vm, CallArgs args) {
  Value cls = args.args[0];
  if (!cls.is_object() || !is_subtype(cls.object()->type, vm.types().type) ||
      !is_string_io_layout(cls.as<Type>())) {
    return raise_type_error(vm, "StringIO.__new__(X): X is not a subtype of StringIO");
  }
  return Value::from_object(allocate_string_io(vm, cls.as<Type>()));
}

// StringIO.__init__(self, initial_value='', newline='\n').
Value string_io_init(VM& vm, CallArgs args) {
  std::u32string initial;
  CallArgs rest{args.args + 1, args.npos - 1, args.kwnames};
  if (!string_io_arguments(vm, rest, &initial)) return Value::null();
  auto* s = args.args[0].as<StringIO>();
  if (s->text == nullptr) s->text = new std::u32string();
  *s->text = std::move(initial);
  s->pos = 0;
  return vm.none();
}

Value string_io_write(VM& vm, CallArgs args) {
  Value data = args.args[1];
  if (!is_str(vm, data)) {
    return raise_type_error(vm, "string argument expected, got '" + type_name(vm, data) + "'");
  }
  StringIO* s = open_self(vm, args);
  if (s == nullptr) return Value::null();
  auto* str = data.as<Str>();
  auto& text = *s->text;
  if (static_cast<int64_t>(text.size()) < s->pos) text.resize(static_cast<size_t>(s->pos), U'\0');
  for (int64_t i = 0; i < str->length; ++i, ++s->pos) {
    if (s->pos < static_cast<int64_t>(text.size())) {
      text[static_cast<size_t>(s->pos)] = str->at(i);
    } else {
      text.push_back(str->at(i));
    }
  }
  return int_from_int64(vm, str->length);
}

Value string_io_writelines(VM& vm, CallArgs args) {
  if (open_self(vm, args) == nullptr) return Value::null();
  Value iter = get_iter(vm, args.args[1]);
  if (iter.is_null()) return iter;
  for (;;) {
    Value item = iter_next(vm, iter);
    if (item.is_null()) return vm.has_exception() ? item : vm.none();
    Value call_args[2] = {args.args[0], item};
    if (string_io_write(vm, CallArgs{call_args, 2, nullptr}).is_null()) return Value::null();
  }
}

Value string_io_getvalue(VM& vm, CallArgs args) {
  StringIO* s = open_self(vm, args);
  if (s == nullptr) return Value::null();
  return make_str(vm, *s->text, 0, static_cast<int64_t>(s->text->size()));
}

// Reads up to `limit` characters (-1: all), stopping after a newline when
// `line` is set.
Value read_text(VM& vm, StringIO* s, int64_t limit, bool line) {
  auto size = static_cast<int64_t>(s->text->size());
  int64_t start = s->pos < size ? s->pos : size;
  int64_t end = limit < 0 || limit > size - start ? size : start + limit;
  if (line) {
    for (int64_t i = start; i < end; ++i) {
      if ((*s->text)[static_cast<size_t>(i)] == U'\n') {
        end = i + 1;
        break;
      }
    }
  }
  if (end > s->pos) s->pos = end;
  return make_str(vm, *s->text, start, end);
}

Value string_io_read(VM& vm, CallArgs args) {
  int64_t size;
  if (!optional_size(vm, args, 1, &size)) return Value::null();
  StringIO* s = open_self(vm, args);
  if (s == nullptr) return Value::null();
  return read_text(vm, s, size, false);
}

Value string_io_readline(VM& vm, CallArgs args) {
  int64_t size;
  if (!optional_size(vm, args, 1, &size)) return Value::null();
  StringIO* s = open_self(vm, args);
  if (s == nullptr) return Value::null();
  return read_text(vm, s, size, true);
}

Value string_io_readlines(VM& vm, CallArgs args) {
  StringIO* s = open_self(vm, args);
  if (s == nullptr) return Value::null();
  List* lines = list_new(vm);
  for (;;) {
    Value line = read_text(vm, s, -1, true);
    if (line.as<Str>()->length == 0) return Value::from_object(lines);
    list_append(vm, lines, line);
  }
}

Value string_io_next(VM& vm, Value self) {
  Value args[1] = {self};
  StringIO* s = open_self(vm, CallArgs{args, 1, nullptr});
  if (s == nullptr) return Value::null();
  Value line = read_text(vm, s, -1, true);
  if (line.as<Str>()->length == 0) return Value::null();
  return line;
}

Value string_io_iter(VM& vm, Value self) {
  // IOBase.__iter__'s message, with a full stop.
  if (self.as<StringIO>()->text == nullptr) {
    return raise_value_error(vm, "I/O operation on closed file.");
  }
  return self;
}

Value string_io_seek(VM& vm, CallArgs args) {
  int64_t pos;
  int64_t whence = 0;
  if (!index_to_int64(vm, args.args[1], &pos)) return Value::null();
  if (args.npos > 2 && !index_to_int64(vm, args.args[2], &whence)) return Value::null();
  StringIO* s = open_self(vm, args);
  if (s == nullptr) return Value::null();
  if (whence < 0 || whence > 2) {
    return raise_value_error(
        vm, "Invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (whence == 0 && pos < 0) {
    return raise_value_error(vm, "Negative seek position " + std::to_string(pos));
  }
  if (whence != 0 && pos != 0) {
    return raise(vm, vm.types().os_error,
                 whence == 1 ? "Can't do nonzero cur-relative seeks"
                             : "Can't do nonzero end-relative seeks");
  }
  if (whence == 2) pos = static_cast<int64_t>(s->text->size());
  if (whence == 1) pos = s->pos;
  s->pos = pos;
  return int_from_int64(vm, pos);
}

Value string_io_tell(VM& vm, CallArgs args) {
  StringIO* s = open_self(vm, args);
  if (s == nullptr) return Value::null();
  return int_from_int64(vm, s->pos);
}

Value string_io_truncate(VM& vm, CallArgs args) {
  StringIO* s = open_self(vm, args);
  if (s == nullptr) return Value::null();
  int64_t size = s->pos;
  if (args.npos > 1 && args.args[1] != vm.none() && !index_to_int64(vm, args.args[1], &size)) {
    return Value::null();
  }
  if (size < 0) return raise_value_error(vm, "Negative size value " + std::to_string(size));
  if (size < static_cast<int64_t>(s->text->size())) s->text->resize(static_cast<size_t>(size));
  return int_from_int64(vm, size);
}

Value string_io_true(VM& vm, CallArgs args) {
  if (open_self(vm, args) == nullptr) return Value::null();
  return vm.bool_value(true);
}

Value string_io_flush(VM& vm, CallArgs args) {
  if (open_self(vm, args) == nullptr) return Value::null();
  return vm.none();
}

Value string_io_close(VM& vm, CallArgs args) {
  finalize_string_io(args.args[0].object());
  return vm.none();
}

Value string_io_enter(VM& vm, CallArgs args) {
  if (open_self(vm, args) == nullptr) return Value::null();
  return args.args[0];
}

Value string_io_getattr(VM& vm, Value self, Str* name) {
  if (str_equals_ascii(name, "closed")) return vm.bool_value(self.as<StringIO>()->text == nullptr);
  if (str_equals_ascii(name, "line_buffering")) return vm.bool_value(false);
  if (str_equals_ascii(name, "newlines") || str_equals_ascii(name, "encoding") ||
      str_equals_ascii(name, "errors")) {
    return vm.none();
  }
  Type* type = self.object()->type;
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

}  // namespace

Type* new_string_io_type(VM& vm, Type* base) {
  Type* type = native_type_new(vm, "StringIO", base, "_io");
  type->instance_size = sizeof(StringIO);
  type->flags |= kTypeAcceptsSubclasses | kTypeAttributeTail;
  type->trace = trace_string_io;
  type->finalize = finalize_string_io;
  type->construct = string_io_construct;
  type->iter = string_io_iter;
  type->next = string_io_next;
  type->getattr = string_io_getattr;
  struct {
    const char* name;
    NativeFn fn;
    int min, max;
  } methods[] = {
      {"write", string_io_write, 1, 1},       {"writelines", string_io_writelines, 1, 1},
      {"getvalue", string_io_getvalue, 0, 0}, {"read", string_io_read, 0, 1},
      {"readline", string_io_readline, 0, 1}, {"readlines", string_io_readlines, 0, 0},
      {"seek", string_io_seek, 1, 2},         {"tell", string_io_tell, 0, 0},
      {"truncate", string_io_truncate, 0, 1}, {"readable", string_io_true, 0, 0},
      {"writable", string_io_true, 0, 0},     {"seekable", string_io_true, 0, 0},
      {"flush", string_io_flush, 0, 0},       {"close", string_io_close, 0, 0},
      {"__enter__", string_io_enter, 0, 0},   {"__exit__", string_io_close, 0, -1},
  };
  for (const auto& m : methods) add_method(vm, type, m.name, m.fn, m.min, m.max, kNativeMethod);
  add_method(vm, type, "__init__", string_io_init, 0, -1, kNativeMethod | kNativeKeywords);
  NativeFunction* new_fn =
      native_function_new(vm, "__new__", string_io_new, 1, -1, kNativeKeywords);
  dict_set_str(vm, type->dict, vm.intern("__new__"),
               wrap_native(vm, vm.types().staticmethod, Value::from_object(new_fn)));
  return type;
}

}  // namespace pyvm::runtime
