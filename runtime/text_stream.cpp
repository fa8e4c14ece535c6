// The standard streams (see runtime/text_stream.h).
//
// One layout serves both stream types: a text stream (TextIOWrapper) reads and
// writes str, its binary `buffer` (BufferedWriter / BufferedReader) bytes, and
// both go through the same C FILE, so text and binary writes keep their order.
// A native stream is recognised by its type's trace function, which only these
// types use, so no Type pointer has to be kept anywhere.
//
// open() builds the same types over a FILE it opens: the binary stream owns
// the FILE (closed by close() or when the stream is collected) and a text
// stream wraps it, as CPython's TextIOWrapper wraps a Buffered* object.
//
// Differences from CPython: closing a standard stream only marks it closed
// (the C stream stays open for pyvm's own output at exit); text is always
// UTF-8 unless open() was given ASCII or Latin-1 (for other encodings open()
// and TextIOWrapper return a _pyio.TextIOWrapper over the binary stream); universal
// newlines only apply to files opened with newline=None, and newline='' ends
// lines at "\n" only; open() also takes ASCII and Latin-1 and any error
// handler, through the native codecs (kEncoded); truncate is not provided;
// a text stream's tell() is the byte offset; open() flushes every C output
// stream first, so data written to an unclosed file is visible to the reader.
#include "runtime/text_stream.h"

#include <fcntl.h>
#include <poll.h>
#include <stdio_ext.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <utility>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/codecs.h"
#include "runtime/collections_module.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/io_bases.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/string_io.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "runtime/weakref.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace pyvm::runtime {

void add_io_getattr_hook(VM& vm, Module* io);  // runtime/io_pyio_hook.cpp
namespace {

enum StreamFlags : uint32_t {
  kReadable = 1u << 0,
  kWritable = 1u << 1,
  kClosed = 1u << 2,
  kOwnsFile = 1u << 3,           // opened by open(): fclose on close and when collected
  kUniversalNewlines = 1u << 4,  // reading turns "\r\n" and "\r" into "\n"
  // A text stream open() made with an encoding or errors other than UTF-8
  // and 'strict': reads and writes go through the native codec in bits 8-15
  // with the handler named by `errors`.
  kEncoded = 1u << 5,
};
constexpr int kCodecShift = 8;

struct Stream : Object {
  Str* name;          // "<stdout>"
  Str* mode;          // "w", "r", "wb", "rb"
  Str* errors;        // the text error handler's name (text streams only)
  Value buffer;       // text streams: the binary stream below; binary: null
  Type* unsupported;  // io.UnsupportedOperation, raised for a wrong direction
  Str* encoding;      // text streams: the encoding as given to open(), or null (UTF-8)
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
  tracer.visit(s->encoding);
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
  tracer.visit(s->encoding);
}

// A stream that open() created and nobody closed closes its file when it is
// collected (flushing what was written).
void finalize_stream(Object* self) {
  auto* s = static_cast<Stream*>(self);
  if ((s->flags & kOwnsFile) == 0 || s->file == nullptr) return;
  std::fclose(s->file);
  s->file = nullptr;
}

bool is_text(const Stream* s) { return s->type->trace == trace_text_stream; }

// ---- errors

// A text stream is closed with its buffer.
bool stream_closed(const Stream* s) {
  if ((s->flags & kClosed) != 0) return true;
  return s->buffer.is_object() && (s->buffer.as<Stream>()->flags & kClosed) != 0;
}

bool check_open(VM& vm, Stream* s) {
  if (!stream_closed(s)) return true;
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

// Writes `bytes` into the C buffer; a full buffer is written out first. A
// failed write out raises the OSError for errno (BrokenPipeError when the
// reader of a pipe is gone: SIGPIPE is ignored, vm/signals.h) and drops what
// the buffer held, as CPython's buffered writer does, so that the flush at
// exit does not report the same data again.
bool put_bytes(VM& vm, Stream* s, std::string_view bytes) {
  errno = 0;
  if (std::fwrite(bytes.data(), 1, bytes.size(), s->file) == bytes.size()) return true;
  int error = errno != 0 ? errno : EIO;
  __fpurge(s->file);
  std::clearerr(s->file);
  raise_errno_error(vm, error, vm.none());
  return false;
}

NativeCodec stream_codec(const Stream* s) {
  return static_cast<NativeCodec>((s->flags >> kCodecShift) & 0xff);
}

// Whether one byte of the stream's text is one character (ASCII, Latin-1).
bool single_byte_text(const Stream* s) {
  if ((s->flags & kEncoded) == 0) return false;
  NativeCodec codec = stream_codec(s);
  return codec == NativeCodec::kAscii || codec == NativeCodec::kLatin1;
}

bool put_str(VM& vm, Stream* s, const Str* text) {
  if ((s->flags & kEncoded) != 0) {
    Value encoded = native_encode(vm, stream_codec(s), Value::from_object(const_cast<Str*>(text)),
                                  str_to_utf8(s->errors));
    if (encoded.is_null()) return false;
    const Bytes* b = encoded.as<Bytes>();
    return put_bytes(
        vm, s,
        std::string_view(reinterpret_cast<const char*>(b->data()), static_cast<size_t>(b->length)));
  }
  if (text->kind == 1 && text->is_ascii) {
    return put_bytes(vm, s,
                     std::string_view(reinterpret_cast<const char*>(text->data1()),
                                      static_cast<size_t>(text->length)));
  }
  std::string utf8 = str_to_utf8(text);
  return put_bytes(vm, s, utf8);
}

// The errno of a failed flush whose data may still count as unwritten: a
// C stream keeps its error flag after a failed fflush (the data is lost, but
// CPython keeps it and fails again at the next flush and at exit). Only the
// standard streams are remembered; they are process state like this.
int g_flush_errno[3] = {0, 0, 0};

int* flush_errno_slot(std::FILE* file) {
  if (file == stdin) return &g_flush_errno[0];
  if (file == stdout) return &g_flush_errno[1];
  if (file == stderr) return &g_flush_errno[2];
  return nullptr;
}

// The error of an earlier failed flush still flagged on `file`, or 0.
int pending_flush_error(std::FILE* file) {
  if (!std::ferror(file)) return 0;
  int* slot = flush_errno_slot(file);
  if (slot != nullptr && *slot != 0) return *slot;
  // Flagged by a plain fflush elsewhere (at exit, before a traceback): a
  // pipe whose reader is gone polls as an error.
  struct pollfd probe = {fileno(file), POLLOUT, 0};
  if (poll(&probe, 1, 0) == 1 && (probe.revents & POLLERR) != 0) return EPIPE;
  return EIO;
}

// fflush, then 0 or the errno of the failure (also for data an earlier
// failed flush left unwritten).
int flush_file(std::FILE* file) {
  errno = 0;
  if (std::fflush(file) != 0) {
    int error = errno != 0 ? errno : EIO;
    if (int* slot = flush_errno_slot(file)) *slot = error;
    return error;
  }
  return pending_flush_error(file);
}

bool stream_write_str(VM& vm, Stream* s, Value text) {
  if (!text.is_object() || !is_subtype(text.object()->type, vm.types().str)) {
    std::string got = text == vm.none() ? "None" : type_name(vm, text);
    raise_type_error(vm, "write() argument must be str, not " + got);
    return false;
  }
  if (!check_direction(vm, s, kWritable, "not writable")) return false;
  return put_str(vm, s, text.as<Str>());
}

Value stream_write(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  Value data = args.args[1];
  if (is_text(s)) {
    if (!stream_write_str(vm, s, data)) return Value::null();
    return int_from_int64(vm, data.as<Str>()->length);
  }
  std::string storage;
  std::string_view bytes;
  if (!bytes_like_view(vm, data, &storage, &bytes)) {
    if (vm.has_exception()) return Value::null();
    return raise_type_error(vm,
                            "a bytes-like object is required, not '" + type_name(vm, data) + "'");
  }
  if (!check_direction(vm, s, kWritable, "write")) return Value::null();
  if (!put_bytes(vm, s, bytes)) return Value::null();
  return int_from_int64(vm, static_cast<int64_t>(bytes.size()));
}

Value stream_flush(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  if (!check_open(vm, s)) return Value::null();
  if ((s->flags & kWritable) == 0) return vm.none();
  int error = flush_file(s->file);
  if (error != 0) return raise_errno_error(vm, error, vm.none());
  return vm.none();
}

// ---- reading

// Reads the continuation bytes still missing from the UTF-8 character at the
// end of `out` (when the character limit stopped the read after its lead
// byte), and no more: reading further would block an interactive reader.
void complete_utf8_character(std::FILE* file, std::string* out) {
  size_t lead = out->size();
  while (lead > 0 && (static_cast<uint8_t>((*out)[lead - 1]) & 0xC0) == 0x80) --lead;
  if (lead == 0) return;
  auto first = static_cast<uint8_t>((*out)[lead - 1]);
  size_t length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
  for (size_t have = out->size() - (lead - 1); have < length; ++have) {
    int c = std::getc(file);
    if (c == EOF) return;
    if ((c & 0xC0) != 0x80) {
      std::ungetc(c, file);
      return;
    }
    out->push_back(static_cast<char>(c));
  }
}

// Reads up to `limit` characters (bytes for a binary stream; -1: no limit),
// stopping after a newline when `line` is set.
std::string read_raw(Stream* s, int64_t limit, bool line) {
  std::string out;
  bool text = is_text(s) && !single_byte_text(s);
  int64_t count = 0;
  while (limit < 0 || count < limit) {
    int c = std::getc(s->file);
    if (c == EOF) break;
    if (c == '\r' && (s->flags & kUniversalNewlines) != 0) {
      int next = std::getc(s->file);
      if (next != '\n' && next != EOF) std::ungetc(next, s->file);
      c = '\n';
    }
    out.push_back(static_cast<char>(c));
    // In text mode, UTF-8 continuation bytes do not start a new character.
    if (!text || (c & 0xC0) != 0x80) ++count;
    if (line && c == '\n') break;
  }
  if (text) complete_utf8_character(s->file, &out);
  return out;
}

// Text read from a file is decoded strictly: invalid UTF-8 raises
// UnicodeDecodeError (positions count from the start of what was read).
Value read_result(VM& vm, Stream* s, const std::string& raw) {
  if (is_text(s)) {
    int64_t consumed = 0;
    if ((s->flags & kEncoded) != 0) {
      return native_decode(vm, stream_codec(s), Value::null(), raw, str_to_utf8(s->errors), true,
                           &consumed);
    }
    return native_decode(vm, NativeCodec::kUtf8, Value::null(), raw, "strict", true, &consumed);
  }
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
  if (stream_closed(s)) {
    s->flags |= kClosed;
    return vm.none();
  }
  // open() gives the file to the binary stream, which a text stream wraps.
  Stream* owner = s->buffer.is_object() ? s->buffer.as<Stream>() : s;
  if ((owner->flags & kOwnsFile) != 0 && owner->file != nullptr) {
    std::fclose(owner->file);
    owner->file = nullptr;
  } else if ((s->flags & kWritable) != 0) {
    std::fflush(s->file);
  }
  s->flags |= kClosed;
  owner->flags |= kClosed;
  return vm.none();
}

Value stream_writelines(VM& vm, CallArgs args) {
  Value iter = get_iter(vm, args.args[1]);
  if (iter.is_null()) return iter;
  for (;;) {
    Value item = iter_next(vm, iter);
    if (item.is_null()) return vm.has_exception() ? item : vm.none();
    Value call_args[2] = {args.args[0], item};
    if (stream_write(vm, CallArgs{call_args, 2, nullptr}).is_null()) return Value::null();
  }
}

bool check_seekable(VM& vm, Stream* s) {
  if (!check_open(vm, s)) return false;
  if ((s->flags & kOwnsFile) != 0 || lseek(s->fd, 0, SEEK_CUR) != -1) return true;
  raise(vm, s->unsupported, "underlying stream is not seekable");
  return false;
}

Value stream_tell(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  if (!check_seekable(vm, s)) return Value::null();
  return int_from_int64(vm, static_cast<int64_t>(std::ftell(s->file)));
}

Value stream_seek(VM& vm, CallArgs args) {
  auto* s = args.args[0].as<Stream>();
  int64_t offset;
  int64_t whence = 0;
  if (!index_to_int64(vm, args.args[1], &offset)) return Value::null();
  if (args.npos > 2 && !index_to_int64(vm, args.args[2], &whence)) return Value::null();
  if (!check_seekable(vm, s)) return Value::null();
  if (whence < 0 || whence > 2) {
    return raise_value_error(
        vm, "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (is_text(s) && whence != 0 && offset != 0) {
    return raise(vm, s->unsupported,
                 whence == 1 ? "can't do nonzero cur-relative seeks"
                             : "can't do nonzero end-relative seeks");
  }
  if (whence == 0 && offset < 0) {
    return raise_value_error(vm, (is_text(s) ? "negative seek position " : "negative seek value ") +
                                     std::to_string(offset));
  }
  int how = whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END;
  if (std::fseek(s->file, static_cast<long>(offset), how) != 0) {
    return raise(vm, vm.types().os_error, std::strerror(errno));
  }
  return int_from_int64(vm, static_cast<int64_t>(std::ftell(s->file)));
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
  std::string text =
      is_text(s)
          ? "<_io.TextIOWrapper name=" + name + " mode='" + str_to_utf8(s->mode) + "' encoding='" +
                (s->encoding != nullptr ? str_to_utf8(s->encoding) : std::string("utf-8")) + "'>"
          : "<_io." + str_to_utf8(s->type->name) + " name=" + name + ">";
  return Value::from_object(str_from_utf8(vm, text));
}

// sys.__stdout__ / sys.__stderr__ (the C stdout / stderr).
bool is_std_output(const Stream* s) {
  return (s->fd == 1 && s->file == stdout) || (s->fd == 2 && s->file == stderr);
}

// CPython's line_buffering: false for write-through standard streams (-u);
// else true for a terminal and for stderr.
bool line_buffered(const Stream* s) {
  if ((s->flags & kWritable) == 0) return false;
  if (is_std_output(s) && std_streams_unbuffered()) return false;
  return isatty(s->fd) == 1 || (s->fd == 2 && s->file == stderr);
}

// Data attributes first, then the methods in the type's dict.
Value stream_getattr(VM& vm, Value self, Str* name) {
  auto* s = self.as<Stream>();
  bool text = is_text(s);
  if (str_equals_ascii(name, "name")) {
    // A text stream's name is its buffer's, as CPython's property reads it.
    if (text && s->buffer.is_object() && s->buffer.object()->type->getattr == stream_getattr) {
      return Value::from_object(s->buffer.as<Stream>()->name);
    }
    return Value::from_object(s->name);
  }
  if (str_equals_ascii(name, "mode")) return Value::from_object(s->mode);
  if (str_equals_ascii(name, "closed")) return vm.bool_value(stream_closed(s));
  if (text && str_equals_ascii(name, "buffer")) return s->buffer;
  if (text && str_equals_ascii(name, "encoding")) {
    return Value::from_object(s->encoding != nullptr ? s->encoding : vm.intern("utf-8"));
  }
  if (text && str_equals_ascii(name, "errors")) return Value::from_object(s->errors);
  if (text && str_equals_ascii(name, "line_buffering")) return vm.bool_value(line_buffered(s));
  if (text && str_equals_ascii(name, "write_through")) {
    return vm.bool_value(is_std_output(s) && std_streams_unbuffered());
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

Type* new_stream_type(VM& vm, const char* name, TraceFn trace, Type* base) {
  Type* type = native_type_new(vm, name, base, "_io");
  type->instance_size = sizeof(Stream);
  type->trace = trace;
  type->repr = stream_repr;
  type->getattr = stream_getattr;
  type->iter = stream_iter;
  type->next = stream_next;
  type->finalize = finalize_stream;
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
      {"__exit__", stream_exit, 0, -1},      {"writelines", stream_writelines, 1, 1},
      {"seek", stream_seek, 1, 2},           {"tell", stream_tell, 0, 0},
  };
  for (const auto& m : methods) add_method(vm, type, m.name, m.fn, m.min, m.max, kNativeMethod);
  return type;
}

struct StreamTypes {
  IoBaseTypes bases;
  Type* text;
  Type* writer;
  Type* reader;
  Type* random;
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

// ---- open()

struct OpenMode {
  int oflags = 0;
  const char* fmode = "r";  // for fdopen
  std::string binary_mode;  // the binary stream's mode: "rb", "wb", "ab", "xb", "rb+"
  bool binary = false;
  bool readable = false;
  bool writable = false;
};

// Parses open()'s mode string with CPython's error messages.
bool parse_mode(VM& vm, Str* mode_str, OpenMode* out) {
  std::string mode = str_to_utf8(mode_str);
  int creating = 0, reading = 0, writing = 0, appending = 0, plus = 0, text = 0, binary = 0;
  for (size_t i = 0; i < mode.size(); ++i) {
    char c = mode[i];
    if (std::strchr("xrwa+tb", c) == nullptr || mode.find(c, i + 1) != std::string::npos) {
      raise_value_error(vm, "invalid mode: '" + mode + "'");
      return false;
    }
    creating += c == 'x';
    reading += c == 'r';
    writing += c == 'w';
    appending += c == 'a';
    plus += c == '+';
    text += c == 't';
    binary += c == 'b';
  }
  if (text != 0 && binary != 0) {
    raise_value_error(vm, "can't have text and binary mode at once");
    return false;
  }
  if (creating + reading + writing + appending > 1) {
    raise_value_error(vm, "must have exactly one of create/read/write/append mode");
    return false;
  }
  if (creating + reading + writing + appending == 0) {
    raise_value_error(
        vm, "Must have exactly one of create/read/write/append mode and at most one plus");
    return false;
  }
  out->binary = binary != 0;
  out->readable = reading != 0 || plus != 0;
  out->writable = reading == 0 || plus != 0;
  char base = creating != 0 ? 'x' : reading != 0 ? 'r' : writing != 0 ? 'w' : 'a';
  int access = plus != 0 ? O_RDWR : reading != 0 ? O_RDONLY : O_WRONLY;
  int create = base == 'x'   ? O_CREAT | O_EXCL
               : base == 'w' ? O_CREAT | O_TRUNC
               : base == 'a' ? O_CREAT | O_APPEND
                             : 0;
  out->oflags = access | create | O_CLOEXEC;
  if (plus != 0) {
    out->fmode = base == 'a' ? "a+" : base == 'r' ? "r+" : "w+";
  } else {
    out->fmode = base == 'r' ? "r" : base == 'a' ? "a" : "w";
  }
  out->binary_mode = std::string(1, base == 'w' && plus != 0 ? 'r' : base) + "b";
  if (plus != 0)
    out->binary_mode = (base == 'a' ? "ab" : base == 'x' ? "xb" : "rb") + std::string("+");
  return true;
}

// The encoding open() accepts: None or a spelling of UTF-8 (*codec is
// kUtf8), or with `codec` given, ASCII or Latin-1 too.
bool check_encoding(VM& vm, Value encoding, NativeCodec* codec = nullptr) {
  if (codec != nullptr) *codec = NativeCodec::kUtf8;
  if (encoding.is_null() || encoding == vm.none()) return true;
  if (!is_str(vm, encoding)) {
    raise_type_error(
        vm, "open() argument 'encoding' must be str or None, not " + type_name(vm, encoding));
    return false;
  }
  std::string name = str_to_utf8(encoding.as<Str>());
  std::string lower;
  for (char c : name) lower.push_back(c == '_' ? '-' : static_cast<char>(std::tolower(c)));
  // "locale" (io.text_encoding's answer for None) is UTF-8 too: pyvm
  // assumes a UTF-8 locale, as CPython's C-locale coercion gives.
  if (lower == "utf-8" || lower == "utf8" || lower == "u8" || lower == "locale") return true;
  NativeCodec found;
  if (codec != nullptr && native_codec_for_name(name, &found) &&
      (found == NativeCodec::kAscii || found == NativeCodec::kLatin1 ||
       found == NativeCodec::kUtf8)) {
    *codec = found;
    return true;
  }
  raise(vm, vm.types().not_implemented_error,
        "open(): encoding '" + name + "' is not supported by pyvm (only utf-8, ascii, latin-1)");
  return false;
}

// True when `encoding` is None or one of the codecs the native text
// streams handle themselves (UTF-8, ASCII, Latin-1); other encodings go
// through the Python TextIOWrapper of _pyio and the codec registry.
bool native_text_encoding(VM& vm, Value encoding) {
  if (encoding.is_null() || encoding == vm.none() || !is_str(vm, encoding)) return true;
  std::string name = str_to_utf8(encoding.as<Str>());
  std::string lower;
  for (char c : name) lower.push_back(c == '_' ? '-' : static_cast<char>(std::tolower(c)));
  if (lower == "utf-8" || lower == "utf8" || lower == "u8" || lower == "locale") return true;
  NativeCodec found;
  return native_codec_for_name(name, &found) &&
         (found == NativeCodec::kAscii || found == NativeCodec::kLatin1 ||
          found == NativeCodec::kUtf8);
}

// _pyio.TextIOWrapper(buffer, encoding, errors, newline, line_buffering,
// write_through): incremental coders from the codec registry (BOMs of
// UTF-16/32 included) over any binary stream.
Value pyio_text_wrapper(VM& vm, const Value* args, size_t count) {
  Value module = vm::import_module(vm, vm.intern("_pyio"), vm.none(), 0, nullptr);
  if (module.is_null()) return module;
  Value wrapper = get_attr(vm, module, vm.intern("TextIOWrapper"));
  if (wrapper.is_null()) return wrapper;
  Value argv[6];
  for (size_t i = 0; i < 6; ++i) argv[i] = i < count && !args[i].is_null() ? args[i] : vm.none();
  if (count < 5 || args[4].is_null()) argv[4] = vm.false_value();
  if (count < 6 || args[5].is_null()) argv[5] = vm.false_value();
  return call_positional(vm, wrapper, argv, 6);
}

StreamTypes stream_types_of(VM& vm) {
  StreamTypes types{};
  auto get = [&](const char* name) {
    Value v = module_attribute(vm, "_io", name);
    return v.is_null() ? nullptr : v.as<Type>();
  };
  types.text = get("TextIOWrapper");
  types.writer = get("BufferedWriter");
  types.reader = get("BufferedReader");
  types.random = get("BufferedRandom");
  types.unsupported = get("UnsupportedOperation");
  return types;
}

// The descriptor open() uses: an int `file` itself (dup'ed when closefd
// is false, so closing the stream leaves the caller's descriptor open),
// else opener(path, flags) or the path opened with the mode's flags.
// -1 with an exception pending on failure.
int open_descriptor(VM& vm, Value file, const OpenMode& mode, bool closefd, Value opener) {
  if (is_int(vm, file)) {
    int64_t fd;
    if (!index_to_int64(vm, file, &fd)) return -1;
    if (fd < 0) {
      raise_value_error(vm, "negative file descriptor");
      return -1;
    }
    int used = closefd ? static_cast<int>(fd) : ::dup(static_cast<int>(fd));
    if (used < 0) raise_os_error(vm, errno, Value::null());
    return used;
  }
  if (!opener.is_null() && opener != vm.none()) {
    Value argv[2] = {file, Value::from_small_int(mode.oflags)};
    Value result = call_positional(vm, opener, argv, 2);
    if (result.is_null()) return -1;
    int64_t fd;
    if (!index_to_int64(vm, result, &fd)) return -1;
    if (fd < 0) {
      raise_value_error(vm, "opener returned " + std::to_string(fd));
      return -1;
    }
    return static_cast<int>(fd);
  }
  std::string path = str_to_utf8(file.as<Str>());
  int fd = ::open(path.c_str(), mode.oflags, 0666);
  if (fd < 0) raise_os_error(vm, errno, file);
  return fd;
}

Value open_file(VM& vm, Value file, Str* mode_str, const OpenMode& mode, bool universal,
                bool closefd = true, Value opener = Value::null()) {
  if (file.is_object() && !is_str(vm, file) && !is_bytes(vm, file)) {
    // An os.PathLike opens its __fspath__() (CPython's open() also does).
    Value fspath = type_lookup(vm, type_of(vm, file), vm.intern("__fspath__"));
    if (!fspath.is_null()) {
      file = call_positional(vm, fspath, &file, 1);
      if (file.is_null()) return file;
    }
  }
  bool by_descriptor = is_int(vm, file);
  if (!is_str(vm, file) && !by_descriptor) {
    if (file.is_object() && is_bytes(vm, file)) {
      return raise(vm, vm.types().not_implemented_error,
                   "open(): bytes paths are not supported by pyvm");
    }
    return raise_type_error(
        vm, "expected str, bytes or os.PathLike object, not " + type_name(vm, file));
  }
  StreamTypes types = stream_types_of(vm);
  if (types.text == nullptr) return raise(vm, vm.types().runtime_error, "lost _io module");
  // What was written to a file not closed yet (CPython would have closed it
  // when its last reference went) is visible to the file opened now.
  std::fflush(nullptr);
  int fd = open_descriptor(vm, file, mode, closefd, opener);
  if (fd < 0) return Value::null();
  if (by_descriptor) {
    // The stream's name is the descriptor's number as a str (CPython keeps
    // the int).
    Value shown = str(vm, file);
    if (shown.is_null()) {
      ::close(fd);
      return shown;
    }
    file = shown;
  }
  struct stat info;
  if (fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    return raise_os_error(vm, EISDIR, file);
  }
  std::FILE* stream = fdopen(fd, mode.fmode);
  if (stream == nullptr) {
    int error = errno;
    ::close(fd);
    return raise_os_error(vm, error, file);
  }
  // As CPython's FileIO, an appending stream starts at the end (tell()).
  if ((mode.oflags & O_APPEND) != 0) std::fseek(stream, 0, SEEK_END);
  uint32_t flags =
      (mode.readable ? uint32_t{kReadable} : 0u) | (mode.writable ? uint32_t{kWritable} : 0u);
  Type* binary_type = mode.readable && mode.writable ? types.random
                      : mode.readable                ? types.reader
                                                     : types.writer;
  auto* binary = vm.allocate<Stream>(binary_type);
  vm.store_ref(binary, &binary->name, file.as<Str>());
  vm.store_ref(binary, &binary->mode, str_from_utf8(vm, mode.binary_mode));
  vm.store_ref(binary, &binary->errors, vm.intern("strict"));
  vm.store_ref(binary, &binary->unsupported, types.unsupported);
  binary->file = stream;
  binary->fd = fd;
  binary->flags = flags | kOwnsFile;
  if (mode.binary) return Value::from_object(binary);
  auto* text = vm.allocate<Stream>(types.text);
  vm.store_ref(text, &text->name, file.as<Str>());
  vm.store_ref(text, &text->mode, mode_str);
  vm.store_ref(text, &text->errors, vm.intern("strict"));
  vm.store_ref(text, &text->unsupported, types.unsupported);
  vm.store(text, &text->buffer, Value::from_object(binary));
  text->file = stream;
  text->fd = fd;
  text->flags = flags | (universal ? uint32_t{kUniversalNewlines} : 0u);
  return Value::from_object(text);
}

Value io_open(VM& vm, CallArgs args);

// open() in text mode with an encoding the native streams do not handle:
// the binary stream of the same file wrapped in _pyio.TextIOWrapper, with
// `mode` set as open() does.
Value open_with_codec(VM& vm, const Value* a, Str* mode_str) {
  std::string binary_mode;
  for (char c : str_to_utf8(mode_str)) {
    if (c != 't') binary_mode.push_back(c);
  }
  binary_mode.push_back('b');
  Value binary_args[8] = {a[0],
                          Value::from_object(str_from_utf8(vm, binary_mode)),
                          a[2],
                          vm.none(),
                          vm.none(),
                          vm.none(),
                          a[6].is_null() ? vm.true_value() : a[6],
                          a[7].is_null() ? vm.none() : a[7]};
  if (!a[2].is_null() && a[2] == Value::from_small_int(0)) {
    return raise_value_error(vm, "can't have unbuffered text I/O");
  }
  if (a[2].is_null()) binary_args[2] = Value::from_small_int(-1);
  Value binary = io_open(vm, CallArgs{binary_args, 8, nullptr});
  if (binary.is_null()) return binary;
  bool line_buffering = a[2] == Value::from_small_int(1);
  Value wrap_args[5] = {binary, a[3], a[4], a[5], vm.bool_value(line_buffering)};
  Value text = pyio_text_wrapper(vm, wrap_args, 5);
  if (text.is_null()) {
    Value pending = vm.take_exception();
    Value close = get_attr(vm, binary, vm.intern("close"));
    if (!close.is_null()) (void)call_positional(vm, close, nullptr, 0);
    vm.clear_exception();
    vm.set_exception(pending);
    return Value::null();
  }
  if (set_attr(vm, text, vm.intern("mode"), Value::from_object(mode_str)) < 0) return Value::null();
  return text;
}

Value io_open(VM& vm, CallArgs args) {
  Value a[8];
  if (!bind_args(
          vm, args,
          {"open",
           {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
           1},
          a)) {
    return Value::null();
  }
  Str* mode_str = vm.intern("r");
  if (!a[1].is_null()) {
    if (!is_str(vm, a[1])) {
      return raise_type_error(vm, "open() argument 'mode' must be str, not " + type_name(vm, a[1]));
    }
    mode_str = a[1].as<Str>();
  }
  OpenMode mode;
  if (!parse_mode(vm, mode_str, &mode)) return Value::null();
  bool has_encoding = !a[3].is_null() && a[3] != vm.none();
  if (mode.binary && has_encoding) {
    return raise_value_error(vm, "binary mode doesn't take an encoding argument");
  }
  if (mode.binary && !a[4].is_null() && a[4] != vm.none()) {
    return raise_value_error(vm, "binary mode doesn't take an errors argument");
  }
  if (mode.binary && !a[5].is_null() && a[5] != vm.none()) {
    return raise_value_error(vm, "binary mode doesn't take a newline argument");
  }
  bool closefd = true;
  if (!a[6].is_null()) {
    int t = truth(vm, a[6]);
    if (t < 0) return Value::null();
    closefd = t != 0;
    if (!closefd && !is_int(vm, a[0])) {
      return raise_value_error(vm, "Cannot use closefd=False with file name");
    }
  }
  if (!mode.binary && !native_text_encoding(vm, a[3])) return open_with_codec(vm, a, mode_str);
  NativeCodec codec;
  if (!check_encoding(vm, a[3], &codec)) return Value::null();
  Str* errors = vm.intern("strict");
  if (!a[4].is_null() && a[4] != vm.none()) {
    if (!is_str(vm, a[4])) {
      return raise_type_error(
          vm, "open() argument 'errors' must be str or None, not " + type_name(vm, a[4]));
    }
    errors = a[4].as<Str>();
  }
  bool universal = a[5].is_null() || a[5] == vm.none();
  if (!universal) {
    if (!is_str(vm, a[5]) ||
        !(str_equals_ascii(a[5].as<Str>(), "\n") || str_equals_ascii(a[5].as<Str>(), ""))) {
      return raise(vm, vm.types().not_implemented_error,
                   "open(): only newline=None, '' or '\\n' is supported by pyvm");
    }
  }
  Value file = open_file(vm, a[0], mode_str, mode, universal, closefd, a[7]);
  if (!file.is_null() && !mode.binary) {
    auto* text = file.as<Stream>();
    if (has_encoding) vm.store_ref(text, &text->encoding, a[3].as<Str>());
    vm.store_ref(text, &text->errors, errors);
    if (codec != NativeCodec::kUtf8 || !str_equals_ascii(errors, "strict")) {
      text->flags |= kEncoded | (static_cast<uint32_t>(codec) << kCodecShift);
    }
  }
  if (!file.is_null() && !mode.binary && !a[2].is_null() && a[2] == Value::from_small_int(0)) {
    Value self[1] = {file};
    if (stream_close(vm, CallArgs{self, 1, nullptr}).is_null()) return Value::null();
    return raise_value_error(vm, "can't have unbuffered text I/O");
  }
  return file;
}

// io.text_encoding(encoding, stacklevel=2): the encoding, or "locale" for
// None (pyvm has no UTF-8 mode and no -X warn_default_encoding).
Value io_text_encoding(VM& vm, CallArgs args) {
  Value a[2];
  if (!bind_args(vm, args, {"text_encoding", {"encoding", "stacklevel"}, 1}, a)) {
    return Value::null();
  }
  if (a[0] != vm.none()) return a[0];
  return Value::from_object(vm.intern("locale"));
}

// IOBase.register(subclass): the io classes are not ABCs in pyvm, so this
// only returns the class (isinstance does not see registered classes).
Value io_register(VM&, CallArgs args) { return args.args[1]; }

Value file_io_init(VM& vm, CallArgs) {
  return raise(vm, vm.types().not_implemented_error, "pyvm does not support io.FileIO");
}

// What the pure-Python _pyio (the TextIOWrapper behind open() with other
// encodings) needs from io at import: __all__, IOBase.register, FileIO (a
// class whose instances cannot be created).
void add_pyio_support(VM& vm, Module* io, const StreamTypes& types) {
  static const char* const kAll[] = {"BlockingIOError", "open",
                                     "open_code",       "IOBase",
                                     "RawIOBase",       "FileIO",
                                     "BytesIO",         "StringIO",
                                     "BufferedIOBase",  "BufferedReader",
                                     "BufferedWriter",  "BufferedRWPair",
                                     "BufferedRandom",  "TextIOBase",
                                     "TextIOWrapper",   "UnsupportedOperation",
                                     "SEEK_SET",        "SEEK_CUR",
                                     "SEEK_END",        "DEFAULT_BUFFER_SIZE",
                                     "text_encoding",   "IncrementalNewlineDecoder"};
  List* all = list_new(vm);
  NativeFunction* reg = native_function_new(vm, "register", io_register, 2, 2);
  dict_set_str(vm, types.bases.io_base->dict, vm.intern("register"),
               wrap_native(vm, vm.types().classmethod, Value::from_object(reg)));
  type_modified(vm, types.bases.io_base);
  Dict* ns = dict_new(vm);
  dict_set_str(vm, ns, vm.intern("__module__"), Value::from_object(vm.intern("io")));
  NativeFunction* init =
      native_function_new(vm, "__init__", file_io_init, 0, -1, kNativeMethod | kNativeKeywords);
  dict_set_str(vm, ns, vm.intern("__init__"), Value::from_object(init));
  Value base = Value::from_object(types.bases.raw);
  Value args[3] = {Value::from_object(vm.intern("FileIO")),
                   Value::from_object(tuple_from(vm, &base, 1)), Value::from_object(ns)};
  Value file_io = call_positional(vm, Value::from_object(vm.types().type), args, 3);
  if (!file_io.is_null()) dict_set_str(vm, io->dict, vm.intern("FileIO"), file_io);
  vm.clear_exception();
  // CPython's io.__all__, without the names pyvm's io lacks (`from io import *`).
  for (const char* name : kAll) {
    if (!dict_get_str(vm, io->dict, vm.intern(name)).is_null()) {
      list_append(vm, all, Value::from_object(vm.intern(name)));
    }
  }
  dict_set_str(vm, io->dict, vm.intern("__all__"), Value::from_object(all));
}

// open_code(path): the file opened for reading bytes, as importlib's loaders
// read sources (CPython's hook-free default).
Value io_open_code(VM& vm, CallArgs args) {
  Value a[1];
  if (!bind_args(vm, args, {"open_code", {"path"}, 1}, a)) return Value::null();
  if (!is_str(vm, a[0])) {
    return raise_type_error(vm,
                            "open_code() argument 'path' must be str, not " + type_name(vm, a[0]));
  }
  Value open_args[2] = {a[0], Value::from_object(vm.intern("rb"))};
  return io_open(vm, CallArgs{open_args, 2, nullptr});
}

void create_io_module(VM& vm, const StreamTypes& types) {
  Module* io = module_new(vm, vm.intern("io"));
  // io.open is the builtin open.
  Value open =
      vm.builtins() == nullptr ? Value::null() : dict_get_str(vm, vm.builtins(), vm.intern("open"));
  if (open.is_null()) {
    open = Value::from_object(native_function_new(vm, "open", io_open, 0, -1, kNativeKeywords));
  }
  std::pair<const char*, Value> entries[] = {
      {"open", open},
      {"TextIOWrapper", Value::from_object(types.text)},
      {"BufferedReader", Value::from_object(types.reader)},
      {"BufferedWriter", Value::from_object(types.writer)},
      {"BufferedRandom", Value::from_object(types.random)},
      {"UnsupportedOperation", Value::from_object(types.unsupported)},
      {"StringIO", Value::from_object(new_string_io_type(vm, types.bases.text))},
      {"BytesIO", Value::from_object(new_bytes_io_type(vm, types.bases.buffered))},
      {"IOBase", Value::from_object(types.bases.io_base)},
      {"_IOBase", Value::from_object(types.bases.io_base)},
      {"RawIOBase", Value::from_object(types.bases.raw)},
      {"_RawIOBase", Value::from_object(types.bases.raw)},
      {"BufferedIOBase", Value::from_object(types.bases.buffered)},
      {"_BufferedIOBase", Value::from_object(types.bases.buffered)},
      {"TextIOBase", Value::from_object(types.bases.text)},
      {"_TextIOBase", Value::from_object(types.bases.text)},
      {"SEEK_SET", Value::from_small_int(0)},
      {"SEEK_CUR", Value::from_small_int(1)},
      {"SEEK_END", Value::from_small_int(2)},
      {"DEFAULT_BUFFER_SIZE", Value::from_small_int(8192)},
      {"text_encoding", Value::from_object(native_function_new(
                            vm, "text_encoding", io_text_encoding, 0, -1, kNativeKeywords))},
      {"open_code", Value::from_object(native_function_new(vm, "open_code", io_open_code, 0, -1,
                                                           kNativeKeywords))},
  };
  for (const auto& [name, value] : entries) dict_set_str(vm, io->dict, vm.intern(name), value);
  add_pyio_support(vm, io, types);
  add_io_getattr_hook(vm, io);
  dict_set_str(vm, vm.modules(), vm.intern("io"), Value::from_object(io));
  dict_set_str(vm, vm.modules(), vm.intern("_io"), Value::from_object(io));
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
// line_buffering=False, write_through=False) over a binary stream that
// open() returned (tokenize.open and linecache do this): a text stream on
// the same C FILE, which the binary stream keeps owning. UTF-8 only, as open().
Value text_wrapper_construct(VM& vm, Type* cls, CallArgs args) {
  Value a[6];
  if (!bind_args(vm, args,
                 {"TextIOWrapper",
                  {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"},
                  1},
                 a)) {
    return Value::null();
  }
  Value buffer = a[0];
  bool native_buffer = buffer.is_object() && buffer.object()->type->trace == trace_binary_stream;
  bool strict = a[2].is_null() || a[2] == vm.none() ||
                (is_str(vm, a[2]) && str_equals_ascii(a[2].as<Str>(), "strict"));
  if (cls == stream_types_of(vm).text &&
      (!native_buffer || !native_text_encoding(vm, a[1]) || !strict)) {
    return pyio_text_wrapper(vm, a, 6);
  }
  if (!native_buffer) {
    return raise(vm, vm.types().not_implemented_error,
                 "pyvm: TextIOWrapper only wraps the binary files open() returns");
  }
  if (!check_encoding(vm, a[1])) return Value::null();
  if (!a[2].is_null() && a[2] != vm.none() &&
      (!is_str(vm, a[2]) || !str_equals_ascii(a[2].as<Str>(), "strict"))) {
    return raise(vm, vm.types().not_implemented_error,
                 "TextIOWrapper(): only errors='strict' is supported by pyvm");
  }
  bool universal = a[3].is_null() || a[3] == vm.none();
  auto* binary = buffer.as<Stream>();
  auto* text = vm.allocate<Stream>(cls);
  vm.store_ref(text, &text->name, binary->name);
  bool writable = (binary->flags & kWritable) != 0;
  vm.store_ref(text, &text->mode, vm.intern((binary->flags & kReadable) != 0 ? "r" : "w"));
  vm.store_ref(text, &text->errors, vm.intern("strict"));
  vm.store_ref(text, &text->unsupported, binary->unsupported);
  vm.store(text, &text->buffer, buffer);
  text->file = binary->file;
  text->fd = binary->fd;
  text->flags = (binary->flags & (kReadable | kWritable | kClosed)) |
                (universal && !writable ? uint32_t{kUniversalNewlines} : 0u);
  return Value::from_object(text);
}

// Binary streams accept a new `name`, as tempfile sets it on the stream it
// opened from a descriptor.
int binary_stream_setattr(VM& vm, Value self, Str* name, Value value) {
  if (str_equals_ascii(name, "name") && !value.is_null()) {
    // A descriptor number is kept as its str (the field holds a str).
    Value text = is_str(vm, value) ? value : str(vm, value);
    if (text.is_null()) return -1;
    auto* s = self.as<Stream>();
    vm.store_ref(s, &s->name, text.as<Str>());
    return 0;
  }
  raise(vm, vm.types().attribute_error,
        "pyvm: '" + type_name(vm, self) + "' object attribute '" + str_to_utf8(name) +
            "' is read-only");
  return -1;
}

// Text streams accept a new `mode` (a str), as tokenize.open sets it.
int text_stream_setattr(VM& vm, Value self, Str* name, Value value) {
  if (str_equals_ascii(name, "mode") && !value.is_null() && is_str(vm, value)) {
    auto* s = self.as<Stream>();
    vm.store_ref(s, &s->mode, value.as<Str>());
    return 0;
  }
  raise(vm, vm.types().attribute_error,
        "pyvm: '_io.TextIOWrapper' object attribute '" + str_to_utf8(name) + "' is read-only");
  return -1;
}

}  // namespace

Value builtin_open(VM& vm, CallArgs args) { return io_open(vm, args); }

namespace {
bool g_std_unbuffered = false;
}  // namespace

void configure_std_buffering(bool unbuffered) {
  const char* env = std::getenv("PYTHONUNBUFFERED");
  g_std_unbuffered = unbuffered || (env != nullptr && env[0] != '\0');
  if (g_std_unbuffered) {
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::setvbuf(stderr, nullptr, _IONBF, 0);
    return;
  }
  if (isatty(STDOUT_FILENO) == 1) {
    std::setvbuf(stdout, nullptr, _IOLBF, 1 << 13);
  } else {
    std::setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
  }
  std::setvbuf(stderr, nullptr, _IOLBF, 1 << 13);
}

bool std_streams_unbuffered() { return g_std_unbuffered; }

void install_std_streams(VM& vm, Dict* sys_dict) {
  StreamTypes types;
  types.unsupported = new_unsupported_operation_type(vm);
  types.bases = new_io_base_types(vm);
  types.text = new_stream_type(vm, "TextIOWrapper", trace_text_stream, types.bases.text);
  types.text->construct = text_wrapper_construct;
  types.text->setattr = text_stream_setattr;
  types.writer = new_stream_type(vm, "BufferedWriter", trace_binary_stream, types.bases.buffered);
  types.reader = new_stream_type(vm, "BufferedReader", trace_binary_stream, types.bases.buffered);
  types.random = new_stream_type(vm, "BufferedRandom", trace_binary_stream, types.bases.buffered);
  types.writer->setattr = binary_stream_setattr;
  types.reader->setattr = binary_stream_setattr;
  types.random->setattr = binary_stream_setattr;
  install_os_error_slots(vm);
  create_io_module(vm, types);
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

bool flush_stdout_at_exit(VM& vm) {
  int error = flush_file(stdout);
  if (error == 0) return true;
  std::clearerr(stdout);
  g_flush_errno[1] = 0;
  Value where = module_attribute(vm, "sys", "__stdout__");
  if (where.is_null()) {
    vm.clear_exception();
    where = vm.none();
  }
  raise_os_error(vm, error, vm.none());
  report_unraisable(vm, where);
  std::fflush(stderr);
  return false;
}

Value raise_errno_error(VM& vm, int error, Value filename) {
  return raise_os_error(vm, error, filename);
}

}  // namespace pyvm::runtime
