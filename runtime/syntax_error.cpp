// SyntaxError's attributes, str() and uncaught-error report (see
// runtime/syntax_error.h). The attributes live in the exception's attribute
// dict, filled by the constructor, so plain attribute access and assignment
// work as for any exception.
#include "runtime/syntax_error.h"

#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr const char* kLocationNames[] = {"filename", "lineno",     "offset",
                                          "text",     "end_lineno", "end_offset"};

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
Value syntax_error_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, type_name_of_type(cls) + "() takes no keyword arguments");
  }
  Tuple* tuple = tuple_from(vm, args.args, static_cast<int64_t>(args.npos));
  Value exception = exception_new(vm, cls, tuple);
  auto* exc = exception.as<BaseException>();
  Dict* attrs = dict_new(vm);
  vm.store_ref(exc, &exc->dict, attrs);
  dict_set_str(vm, attrs, vm.intern("msg"), args.npos >= 1 ? args.args[0] : vm.none());
  dict_set_str(vm, attrs, vm.intern("print_file_and_line"), vm.none());
  for (const char* name : kLocationNames) dict_set_str(vm, attrs, vm.intern(name), vm.none());
  if (args.npos != 2) return exception;
  Value info = args.args[1];
  if (!is_tuple(vm, info)) return raise_type_error(vm, "argument 2 must be tuple");
  auto* location = info.as<Tuple>();
  if (location->length < 4 || location->length > 6) {
    return raise(vm, vm.types().index_error, "tuple index out of range");
  }
  for (int64_t i = 0; i < location->length; ++i) {
    dict_set_str(vm, attrs, vm.intern(kLocationNames[i]), location->at(i));
  }
  return exception;
}

// The attribute `name` from the exception's dict, or null (no exception).
Value attribute(VM& vm, Value exception, const char* name) {
  Dict* attrs = exception.as<BaseException>()->dict;
  if (attrs == nullptr) return Value::null();
  return dict_get_str(vm, attrs, vm.intern(name));
}

// The int attribute `name`, or `fallback` when missing or not an int.
int64_t int_attribute(VM& vm, Value exception, const char* name, int64_t fallback) {
  Value v = attribute(vm, exception, name);
  int64_t out = fallback;
  if (v.is_null() || !is_int(vm, v) || !int_to_int64(vm, v, &out)) {
    vm.clear_exception();
    return fallback;
  }
  return out;
}

std::string basename(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// "msg (file.py, line 3)": the file's base name and line when known.
Value syntax_error_str(VM& vm, Value self) {
  Value msg = attribute(vm, self, "msg");
  Value text = str(vm, msg.is_null() ? vm.none() : msg);
  if (text.is_null()) return text;
  Value filename = attribute(vm, self, "filename");
  Value lineno = attribute(vm, self, "lineno");
  bool has_file = !filename.is_null() && is_str(vm, filename);
  bool has_line = !lineno.is_null() && lineno.is_small_int();
  std::string out = str_to_utf8(text.as<Str>());
  std::string line = has_line ? std::to_string(lineno.small_int()) : "";
  if (has_file && has_line) {
    out += " (" + basename(str_to_utf8(filename.as<Str>())) + ", line " + line + ")";
  } else if (has_file) {
    out += " (" + basename(str_to_utf8(filename.as<Str>())) + ")";
  } else if (has_line) {
    out += " (line " + line + ")";
  }
  return Value::from_object(str_from_utf8(vm, out));
}

// The offending line with its leading blanks removed and the caret line
// below it (offsets are 1-based code points; none when out of range).
std::string source_and_carets(VM& vm, Value exception, const std::string& text) {
  std::string line = text;
  int64_t offset = int_attribute(vm, exception, "offset", -1);
  int64_t end_offset = int_attribute(vm, exception, "end_offset", -1);
  int64_t lineno = int_attribute(vm, exception, "lineno", -1);
  int64_t end_lineno = int_attribute(vm, exception, "end_lineno", -1);
  size_t newline = line.find('\n');
  if (newline != std::string::npos) line.resize(newline);
  size_t skip = line.find_first_not_of(" \t\f");
  if (skip == std::string::npos) skip = line.size();
  std::string out = "    " + line.substr(skip) + "\n";
  int64_t length = static_cast<int64_t>(line.size());
  if (end_lineno > lineno) end_offset = length + 1;
  if (offset > length + 1) offset = length + 1;
  int64_t column = offset - 1 - static_cast<int64_t>(skip);
  if (offset < 1 || column < 0) return out;
  int64_t carets = end_offset > offset ? end_offset - offset : 1;
  if (is_subtype(exception.object()->type, vm.types().indentation_error)) carets = 1;
  if (column + carets > length - static_cast<int64_t>(skip) + 1) carets = 1;
  return out + "    " + std::string(static_cast<size_t>(column), ' ') +
         std::string(static_cast<size_t>(carets), '^') + "\n";
}

}  // namespace

void init_syntax_error_types(VM& vm) {
  for (Type* t : {vm.types().syntax_error, vm.types().indentation_error, vm.types().tab_error}) {
    t->construct = syntax_error_construct;
    t->str = syntax_error_str;
  }
}

bool is_syntax_error(VM& vm, Value exception) {
  return exception.is_object() && is_subtype(exception.object()->type, vm.types().syntax_error);
}

std::string syntax_error_report(VM& vm, Value exception) {
  std::string out;
  Value filename = attribute(vm, exception, "filename");
  Value lineno = attribute(vm, exception, "lineno");
  if (!filename.is_null() && is_str(vm, filename)) {
    std::string line = !lineno.is_null() && lineno.is_small_int()
                           ? std::to_string(lineno.small_int())
                           : std::string("None");
    out += "  File \"" + str_to_utf8(filename.as<Str>()) + "\", line " + line + "\n";
    Value text = attribute(vm, exception, "text");
    if (!text.is_null() && is_str(vm, text)) {
      out += source_and_carets(vm, exception, str_to_utf8(text.as<Str>()));
    }
  }
  Value msg = attribute(vm, exception, "msg");
  Value message = str(vm, msg.is_null() ? vm.none() : msg);
  if (message.is_null()) {
    vm.clear_exception();
    return out + type_name(vm, exception);
  }
  std::string text = str_to_utf8(message.as<Str>());
  return out + type_name(vm, exception) + (text.empty() ? "" : ": " + text);
}

}  // namespace pyvm::runtime
