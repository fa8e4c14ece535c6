// io.BytesIO (see runtime/io_bases.h): an in-memory binary stream whose
// bytes live in a malloc'd std::string owned by the object (freed by its
// finalize slot). Differences from CPython: no buffer export (getbuffer),
// and the type cannot be subclassed.
#include <string>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/io_bases.h"
#include "runtime/list.h"
#include "runtime/native_args.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct BytesIO : Object {
  std::string* data;  // owned; null once closed
  int64_t pos;
};

void trace_bytes_io(Object*, Tracer&) {}

void finalize_bytes_io(Object* self) {
  auto* b = static_cast<BytesIO*>(self);
  delete b->data;
  b->data = nullptr;
}

BytesIO* open_self(VM& vm, Value self) {
  auto* b = self.as<BytesIO>();
  if (b->data != nullptr) return b;
  raise_value_error(vm, "I/O operation on closed file.");
  return nullptr;
}

bool optional_size(VM& vm, CallArgs args, size_t index, int64_t* size) {
  *size = -1;
  if (args.npos <= index || args.args[index] == vm.none()) return true;
  return index_to_int64(vm, args.args[index], size);
}

Value bytes_io_construct(VM& vm, Type* cls, CallArgs args) {
  Value a[1];
  if (!bind_args(vm, args, {"BytesIO", {"initial_bytes"}, 0}, a)) return Value::null();
  std::string initial;
  if (!a[0].is_null() && a[0] != vm.none()) {
    std::string storage;
    std::string_view view;
    if (!require_bytes_like(vm, a[0], &storage, &view)) return Value::null();
    initial.assign(view);
  }
  auto* b = vm.allocate<BytesIO>(cls);
  b->data = new std::string(std::move(initial));
  return Value::from_object(b);
}

Value bytes_io_write(VM& vm, CallArgs args) {
  BytesIO* b = open_self(vm, args.args[0]);
  if (b == nullptr) return Value::null();
  std::string storage;
  std::string_view view;
  if (!require_bytes_like(vm, args.args[1], &storage, &view)) return Value::null();
  auto& data = *b->data;
  auto pos = static_cast<size_t>(b->pos);
  if (data.size() < pos + view.size()) data.resize(pos + view.size(), '\0');
  data.replace(pos, view.size(), view);
  b->pos += static_cast<int64_t>(view.size());
  return int_from_int64(vm, static_cast<int64_t>(view.size()));
}

Value bytes_io_getvalue(VM& vm, CallArgs args) {
  BytesIO* b = open_self(vm, args.args[0]);
  if (b == nullptr) return Value::null();
  return Value::from_object(bytes_new(vm, *b->data));
}

// BytesIO.getbuffer(): a read-only memoryview of a copy of the contents
// (pickle's framer reads it). CPython's view is writable and shares the
// buffer; writing through this one raises TypeError instead.
Value bytes_io_getbuffer(VM& vm, CallArgs args) {
  BytesIO* b = open_self(vm, args.args[0]);
  if (b == nullptr) return Value::null();
  Value data = Value::from_object(bytes_new(vm, *b->data));
  return call_positional(vm, Value::from_object(vm.types().memoryview), &data, 1);
}

// Reads up to `limit` bytes (-1: all), stopping after b'\n' when `line`.
Value read_data(VM& vm, BytesIO* b, int64_t limit, bool line) {
  auto size = static_cast<int64_t>(b->data->size());
  int64_t start = b->pos < size ? b->pos : size;
  int64_t end = limit < 0 || limit > size - start ? size : start + limit;
  if (line) {
    auto nl = b->data->find('\n', static_cast<size_t>(start));
    if (nl != std::string::npos && static_cast<int64_t>(nl) < end)
      end = static_cast<int64_t>(nl) + 1;
  }
  if (end > b->pos) b->pos = end;
  return Value::from_object(
      bytes_new(vm, std::string_view(*b->data).substr(static_cast<size_t>(start),
                                                      static_cast<size_t>(end - start))));
}

Value bytes_io_read(VM& vm, CallArgs args) {
  int64_t size;
  if (!optional_size(vm, args, 1, &size)) return Value::null();
  BytesIO* b = open_self(vm, args.args[0]);
  if (b == nullptr) return Value::null();
  return read_data(vm, b, size, false);
}

Value bytes_io_readline(VM& vm, CallArgs args) {
  int64_t size;
  if (!optional_size(vm, args, 1, &size)) return Value::null();
  BytesIO* b = open_self(vm, args.args[0]);
  if (b == nullptr) return Value::null();
  return read_data(vm, b, size, true);
}

Value bytes_io_readlines(VM& vm, CallArgs args) {
  BytesIO* b = open_self(vm, args.args[0]);
  if (b == nullptr) return Value::null();
  List* lines = list_new(vm);
  for (;;) {
    Value line = read_data(vm, b, -1, true);
    if (line.as<Bytes>()->length == 0) return Value::from_object(lines);
    list_append(vm, lines, line);
  }
}

Value bytes_io_next(VM& vm, Value self) {
  BytesIO* b = open_self(vm, self);
  if (b == nullptr) return Value::null();
  Value line = read_data(vm, b, -1, true);
  if (line.as<Bytes>()->length == 0) return Value::null();
  return line;
}

Value bytes_io_iter(VM& vm, Value self) {
  if (open_self(vm, self) == nullptr) return Value::null();
  return self;
}

Value bytes_io_seek(VM& vm, CallArgs args) {
  int64_t pos;
  int64_t whence = 0;
  if (!index_to_int64(vm, args.args[1], &pos)) return Value::null();
  if (args.npos > 2 && !index_to_int64(vm, args.args[2], &whence)) return Value::null();
  BytesIO* b = open_self(vm, args.args[0]);
  if (b == nullptr) return Value::null();
  if (whence < 0 || whence > 2) {
    return raise_value_error(
        vm, "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (whence == 0 && pos < 0) {
    return raise_value_error(vm, "negative seek value " + std::to_string(pos));
  }
  if (whence == 1) pos += b->pos;
  if (whence == 2) pos += static_cast<int64_t>(b->data->size());
  if (pos < 0) pos = 0;
  b->pos = pos;
  return int_from_int64(vm, pos);
}

Value bytes_io_tell(VM& vm, CallArgs args) {
  BytesIO* b = open_self(vm, args.args[0]);
  if (b == nullptr) return Value::null();
  return int_from_int64(vm, b->pos);
}

Value bytes_io_truncate(VM& vm, CallArgs args) {
  BytesIO* b = open_self(vm, args.args[0]);
  if (b == nullptr) return Value::null();
  int64_t size = b->pos;
  if (args.npos > 1 && args.args[1] != vm.none() && !index_to_int64(vm, args.args[1], &size)) {
    return Value::null();
  }
  if (size < 0) return raise_value_error(vm, "negative size value " + std::to_string(size));
  if (size < static_cast<int64_t>(b->data->size())) b->data->resize(static_cast<size_t>(size));
  return int_from_int64(vm, size);
}

Value bytes_io_true(VM& vm, CallArgs args) {
  if (open_self(vm, args.args[0]) == nullptr) return Value::null();
  return vm.bool_value(true);
}

Value bytes_io_flush(VM& vm, CallArgs args) {
  if (open_self(vm, args.args[0]) == nullptr) return Value::null();
  return vm.none();
}

Value bytes_io_close(VM& vm, CallArgs args) {
  finalize_bytes_io(args.args[0].object());
  return vm.none();
}

Value bytes_io_enter(VM& vm, CallArgs args) {
  if (open_self(vm, args.args[0]) == nullptr) return Value::null();
  return args.args[0];
}

Value bytes_io_getattr(VM& vm, Value self, Str* name) {
  if (str_equals_ascii(name, "closed")) return vm.bool_value(self.as<BytesIO>()->data == nullptr);
  Type* type = self.object()->type;
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

}  // namespace

Type* new_bytes_io_type(VM& vm, Type* base) {
  Type* type = native_type_new(vm, "BytesIO", base, "_io");
  type->instance_size = sizeof(BytesIO);
  type->trace = trace_bytes_io;
  type->finalize = finalize_bytes_io;
  type->construct = bytes_io_construct;
  type->iter = bytes_io_iter;
  type->next = bytes_io_next;
  type->getattr = bytes_io_getattr;
  struct {
    const char* name;
    NativeFn fn;
    int min, max;
  } methods[] = {
      {"write", bytes_io_write, 1, 1},         {"getvalue", bytes_io_getvalue, 0, 0},
      {"getbuffer", bytes_io_getbuffer, 0, 0}, {"read", bytes_io_read, 0, 1},
      {"read1", bytes_io_read, 0, 1},          {"readline", bytes_io_readline, 0, 1},
      {"readlines", bytes_io_readlines, 0, 1}, {"seek", bytes_io_seek, 1, 2},
      {"tell", bytes_io_tell, 0, 0},           {"truncate", bytes_io_truncate, 0, 1},
      {"readable", bytes_io_true, 0, 0},       {"writable", bytes_io_true, 0, 0},
      {"seekable", bytes_io_true, 0, 0},       {"flush", bytes_io_flush, 0, 0},
      {"close", bytes_io_close, 0, 0},         {"__enter__", bytes_io_enter, 0, 0},
      {"__exit__", bytes_io_close, 0, -1},
  };
  for (const auto& m : methods) add_method(vm, type, m.name, m.fn, m.min, m.max, kNativeMethod);
  return type;
}

}  // namespace pyvm::runtime
