// The standard streams (see runtime/text_stream.h).
//
// One layout serves both stream types: a text stream (TextIOWrapper) reads and
// writes str, its binary `buffer` (BufferedWriter / BufferedReader) bytes, and
// both go through the same C FILE, so text and binary writes keep their order.
// A native stream is recognised by its type's trace function, which only these
// types use, so no Type pointer has to be kept anywhere.
//
// Differences from CPython: closing a stream only marks it closed (the C
// stream stays open for pyvm's own output at exit); text is encoded as UTF-8
// whatever the locale; seek/tell/truncate are not provided.
#include "runtime/text_stream.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

enum StreamFlags : uint32_t {
  kReadable = 1u << 0,
  kWritable = 1u << 1,
  kClosed = 1u << 2,
};

struct Stream : Object {
  Str* name;          // "<stdout>"
  Str* mode;          // "w", "r", "wb", "rb"
  Str* errors;        // the text error handler's name (text streams only)
  Value buffer;       // text streams: the binary stream below; binary: null
  Type* unsupported;  // io.UnsupportedOperation, raised for a wrong direction
  // Untraced: one of the C library's stdin/stdout/stderr, never closed.
  std::FILE* file;
  int32_t fd;
  uint32_t flags;
};

void trace_text_stream(Object* self, Tracer& tracer) {
  auto* s = static_cast<Stream*>(self);
  tracer.visit(s->name);
  tracer.visit(s->mode);
  tracer.visit(s->errors);
  tracer.visit(s->buffer);
  tracer.visit(s->unsupported);
}

// The same references; a separate function so that only text streams have
// trace_text_stream (is_native_text_stream).
void trace_binary_stream(Object* self, Tracer& tracer) {
  auto* s = static_cast<Stream*>(self);
  tracer.visit(s->name);
  tracer.visit(s->mode);
  tracer.visit(s->errors);
  tracer.visit(s->buffer);
  tracer.visit(s->unsupported);
}

bool is_text(const Stream* s) { return s->type->trace == trace_text_stream; }

// ---- errors

bool check_open(VM& vm, Stream* s) {
  if ((s->flags & kClosed) == 0) return true;
  raise_value_error(vm, "I/O operation on closed file.");
  return false;
}

bool check_direction(VM& vm, Stream* s, uint32_t needed, const char* message) {
  if (!check_open(vm, s)) return false;
  if ((s->flags & needed) != 0) return true;
  raise(vm, s->unsupported, message);
  return false;
}

// ---- writing

void put_str(Stream* s, const Str* text) {
  if (text->kind == 1 && text->is_ascii) {
    std::fwrite(text->data1(), 1, static_cast<size_t>(text->length), s->file);
    return;
  }
  std::string utf8 = str_to_utf8(text);
  std::fwrite(utf8.data(), 1, utf8.size(), s->file);
}

bool stream_write_str(VM& vm, Stream* s, Value text) {
  if (!text.is_object() || !is_subtype(text.object()->type, vm.types().str)) {
    std::string got = text == vm.none() ? "None" : type_name(vm, text);
    raise_type_error(vm, "write() argument must be str, not " + got);
    return false;
  }
  if (!check_direction(vm, s, kWritable, "not writable")) return false;
  put_str(s, text.as<Str>());
  return true;
}

Value stream_write(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  Value data = args.args[1];
  if (is_text(s)) {
    if (!stream_write_str(vm, s, data)) return Value::null();
    return int_from_int64(vm, data.as<Str>()->length);
  }
  if (!data.is_object() || !is_bytes(vm, data)) {
    return raise_type_error(vm,
                            "a bytes-like object is required, not '" + type_name(vm, data) + "'");
  }
  if (!check_direction(vm, s, kWritable, "write")) return Value::null();
  std::string_view bytes = data.as<Bytes>()->view();
  std::fwrite(bytes.data(), 1, bytes.size(), s->file);
  return int_from_int64(vm, static_cast<int64_t>(bytes.size()));
}

Value stream_flush(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  if (!check_open(vm, s)) return Value::null();
  if ((s->flags & kWritable) != 0) std::fflush(s->file);
  return vm.none();
}

// ---- reading

// Reads up to `limit` characters (bytes for a binary stream; -1: no limit),
// stopping after a newline when `line` is set.
std::string read_raw(Stream* s, int64_t limit, bool line) {
  std::string out;
  bool text = is_text(s);
  int64_t count = 0;
  while (limit < 0 || count < limit) {
    int c = std::getc(s->file);
    if (c == EOF) break;
    out.push_back(static_cast<char>(c));
    // In text mode, UTF-8 continuation bytes do not start a new character.
    if (!text || (c & 0xC0) != 0x80) ++count;
    if (line && c == '\n') break;
  }
  // Complete a multi-byte character whose lead byte was the last one counted.
  if (text) {
    for (int c = std::getc(s->file); c != EOF; c = std::getc(s->file)) {
      if ((c & 0xC0) != 0x80) {
        std::ungetc(c, s->file);
        break;
      }
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

Value read_result(VM& vm, Stream* s, const std::string& raw) {
  if (is_text(s)) return Value::from_object(str_from_utf8(vm, raw));
  return Value::from_object(bytes_new(vm, raw));
}

bool read_size(VM& vm, CallArgs args, int64_t* size) {
  *size = -1;
  if (args.npos < 2 || args.args[1] == vm.none()) return true;
  return index_to_int64(vm, args.args[1], size);
}

Value stream_read(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  int64_t size;
  if (!read_size(vm, args, &size)) return Value::null();
  if (!check_direction(vm, s, kReadable, is_text(s) ? "not readable" : "read")) {
    return Value::null();
  }
  return read_result(vm, s, read_raw(s, size, false));
}

Value stream_readline(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  int64_t size;
  if (!read_size(vm, args, &size)) return Value::null();
  if (!check_direction(vm, s, kReadable, is_text(s) ? "not readable" : "readline")) {
    return Value::null();
  }
  return read_result(vm, s, read_raw(s, size, true));
}

Value stream_readlines(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  if (!check_direction(vm, s, kReadable, is_text(s) ? "not readable" : "readline")) {
    return Value::null();
  }
  List* lines = list_new(vm);
  for (;;) {
    std::string line = read_raw(s, -1, true);
    if (line.empty()) return Value::from_object(lines);
    list_append(vm, lines, read_result(vm, s, line));
  }
}

Value stream_next(VM& vm, Value self) {
  auto* s = self.as<Stream>();
  if (!check_direction(vm, s, kReadable, "not readable")) return Value::null();
  std::string line = read_raw(s, -1, true);
  if (line.empty()) return Value::null();
  return read_result(vm, s, line);
}

Value stream_iter(VM& vm, Value self) {
  if (!check_open(vm, self.as<Stream>())) return Value::null();
  return self;
}

// ---- queries

Value stream_fileno(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  if (!check_open(vm, s)) return Value::null();
  return Value::from_small_int(s->fd);
}

Value stream_isatty(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  if (!check_open(vm, s)) return Value::null();
  return vm.bool_value(isatty(s->fd) == 1);
}

Value stream_readable(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  if (!check_open(vm, s)) return Value::null();
  return vm.bool_value((s->flags & kReadable) != 0);
}

Value stream_writable(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  if (!check_open(vm, s)) return Value::null();
  return vm.bool_value((s->flags & kWritable) != 0);
}

Value stream_seekable(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  if (!check_open(vm, s)) return Value::null();
  return vm.bool_value(lseek(s->fd, 0, SEEK_CUR) != -1);
}

Value stream_close(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  if ((s->flags & kWritable) != 0) std::fflush(s->file);
  s->flags |= kClosed;
  if (s->buffer.is_object()) s->buffer.as<Stream>()->flags |= kClosed;
  return vm.none();
}

Value stream_enter(VM& vm, CallArgs args) {
  if (!check_open(vm, args.args[0].as<Stream>())) return Value::null();
  return args.args[0];
}

Value stream_exit(VM& vm, CallArgs args) {
  Value close_args[1] = {args.args[0]};
  return stream_close(vm, CallArgs{close_args, 1, nullptr});
}

Value stream_repr(VM& vm, Value self) {
  auto* s = self.as<Stream>();
  std::string name = str_to_utf8(str_repr(vm, s->name));
  std::string text = is_text(s) ? "<_io.TextIOWrapper name=" + name + " mode='" +
                                      str_to_utf8(s->mode) + "' encoding='utf-8'>"
                                : "<_io." + str_to_utf8(s->type->name) + " name=" + name + ">";
  return Value::from_object(str_from_utf8(vm, text));
}

// Data attributes first, then the methods in the type's dict.
Value stream_getattr(VM& vm, Value self, Str* name) {
  auto* s = self.as<Stream>();
  bool text = is_text(s);
  if (str_equals_ascii(name, "name")) return Value::from_object(s->name);
  if (str_equals_ascii(name, "mode")) return Value::from_object(s->mode);
  if (str_equals_ascii(name, "closed")) return vm.bool_value((s->flags & kClosed) != 0);
  if (text && str_equals_ascii(name, "buffer")) return s->buffer;
  if (text && str_equals_ascii(name, "encoding")) return Value::from_object(vm.intern("utf-8"));
  if (text && str_equals_ascii(name, "errors")) return Value::from_object(s->errors);
  if (text && str_equals_ascii(name, "line_buffering")) {
    return vm.bool_value((s->flags & kWritable) != 0 && isatty(s->fd) == 1);
  }
  Type* type = s->type;
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

// ---- types

// io.UnsupportedOperation: an OSError with OSError's layout and slots.
Type* new_unsupported_operation_type(VM& vm) {
  Type* type = native_type_new(vm, "UnsupportedOperation", vm.types().os_error, "io");
  native_type_copy_slots(type, vm.types().os_error);
  return type;
}

Type* new_stream_type(VM& vm, const char* name, TraceFn trace) {
  Type* type = native_type_new(vm, name, vm.types().object, "_io");
  type->instance_size = sizeof(Stream);
  type->trace = trace;
  type->repr = stream_repr;
  type->getattr = stream_getattr;
  type->iter = stream_iter;
  type->next = stream_next;
  struct {
    const char* name;
    NativeFn fn;
    int min, max;
  } methods[] = {
      {"write", stream_write, 1, 1},         {"flush", stream_flush, 0, 0},
      {"read", stream_read, 0, 1},           {"readline", stream_readline, 0, 1},
      {"readlines", stream_readlines, 0, 0}, {"fileno", stream_fileno, 0, 0},
      {"isatty", stream_isatty, 0, 0},       {"readable", stream_readable, 0, 0},
      {"writable", stream_writable, 0, 0},   {"seekable", stream_seekable, 0, 0},
      {"close", stream_close, 0, 0},         {"__enter__", stream_enter, 0, 0},
      {"__exit__", stream_exit, 0, -1},
  };
  for (const auto& m : methods) add_method(vm, type, m.name, m.fn, m.min, m.max, kNativeMethod);
  return type;
}

struct StreamTypes {
  Type* text;
  Type* writer;
  Type* reader;
  Type* unsupported;
};

// CPython uses surrogateescape for stdin/stdout under the C or POSIX locale
// and strict otherwise; stderr always uses backslashreplace.
const char* std_errors_handler() {
  const char* names[] = {"LC_ALL", "LC_CTYPE", "LANG"};
  for (const char* name : names) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    return std::strcmp(value, "C") == 0 || std::strcmp(value, "POSIX") == 0 ? "surrogateescape"
                                                                            : "strict";
  }
  return "surrogateescape";
}

Stream* new_stream(VM& vm, Type* type, const StreamTypes& types, const char* name, const char* mode,
                   std::FILE* file, int fd, uint32_t flags) {
  auto* s = vm.allocate<Stream>(type);
  vm.store_ref(s, &s->name, vm.intern(name));
  vm.store_ref(s, &s->mode, vm.intern(mode));
  vm.store_ref(s, &s->errors, vm.intern(fd == 2 ? "backslashreplace" : std_errors_handler()));
  vm.store_ref(s, &s->unsupported, types.unsupported);
  s->file = file;
  s->fd = fd;
  s->flags = flags;
  return s;
}

Value new_std_stream(VM& vm, const StreamTypes& types, const char* name, std::FILE* file, int fd,
                     bool readable) {
  uint32_t flags = readable ? kReadable : kWritable;
  Stream* binary = new_stream(vm, readable ? types.reader : types.writer, types, name,
                              readable ? "rb" : "wb", file, fd, flags);
  Stream* text = new_stream(vm, types.text, types, name, readable ? "r" : "w", file, fd, flags);
  vm.store(text, &text->buffer, Value::from_object(binary));
  return Value::from_object(text);
}

}  // namespace

void install_std_streams(VM& vm, Dict* sys_dict) {
  StreamTypes types;
  types.unsupported = new_unsupported_operation_type(vm);
  types.text = new_stream_type(vm, "TextIOWrapper", trace_text_stream);
  types.writer = new_stream_type(vm, "BufferedWriter", trace_binary_stream);
  types.reader = new_stream_type(vm, "BufferedReader", trace_binary_stream);
  struct {
    const char* name;
    const char* display;
    std::FILE* file;
    int fd;
    bool readable;
  } streams[] = {{"stdin", "<stdin>", stdin, 0, true},
                 {"stdout", "<stdout>", stdout, 1, false},
                 {"stderr", "<stderr>", stderr, 2, false}};
  for (const auto& info : streams) {
    Value stream = new_std_stream(vm, types, info.display, info.file, info.fd, info.readable);
    dict_set_str(vm, sys_dict, vm.intern(info.name), stream);
    dict_set_str(vm, sys_dict, vm.intern(std::string("__") + info.name + "__"), stream);
  }
}

bool is_native_text_stream(Value v) {
  return v.is_object() && v.object()->type->trace == trace_text_stream;
}

bool file_write_object(VM& vm, Value file, Value v) {
  if (is_native_text_stream(file)) {
    Value text = str(vm, v);
    return !text.is_null() && stream_write_str(vm, file.as<Stream>(), text);
  }
  Value write = get_attr(vm, file, vm.intern("write"));
  if (write.is_null()) return false;
  Value text = str(vm, v);
  if (text.is_null()) return false;
  return !call_positional(vm, write, &text, 1).is_null();
}

bool file_flush(VM& vm, Value file) {
  if (is_native_text_stream(file)) {
    Value self[1] = {file};
    return !stream_flush(vm, CallArgs{self, 1, nullptr}).is_null();
  }
  Value flush = get_attr(vm, file, vm.intern("flush"));
  if (flush.is_null()) return false;
  return !call_positional(vm, flush, nullptr, 0).is_null();
}

Value file_read_input_line(VM& vm, Value file) {
  Value line;
  if (is_native_text_stream(file)) {
    Value self[1] = {file};
    line = stream_readline(vm, CallArgs{self, 1, nullptr});
  } else {
    Value readline = get_attr(vm, file, vm.intern("readline"));
    if (readline.is_null()) return readline;
    line = call_positional(vm, readline, nullptr, 0);
  }
  if (line.is_null()) return line;
  if (!line.is_object() || !is_subtype(line.object()->type, vm.types().str)) {
    return raise_type_error(vm, "object.readline() returned non-string");
  }
  auto* s = line.as<Str>();
  if (s->length == 0) return raise(vm, vm.types().eof_error, "EOF when reading a line");
  if (s->at(s->length - 1) == '\n') {
    return Value::from_object(str_substring(vm, s, 0, s->length - 1));
  }
  return line;
}

}  // namespace pyvm::runtime
