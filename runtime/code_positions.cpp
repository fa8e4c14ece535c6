// code.co_positions(): one (line, end_line, column, end_column) tuple per
// 16-bit code unit, decoded from the 3.11 location table
// (CPYTHON311-FORMATS.md section 6), None where the table has no value.
// Lib/traceback reads it to place its carets. The decoder is bounds-checked:
// malformed bytes end the positions early.
#include <cstdint>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/code.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct Entry {
  int units;
  int64_t line, end_line, col, end_col;  // -1: None
};

class Reader {
 public:
  explicit Reader(const Bytes* b) : data_(b->data()), size_(static_cast<size_t>(b->length)) {}
  bool at_end() const { return pos_ >= size_; }
  bool byte(int* out) {
    if (at_end()) return false;
    *out = data_[pos_++];
    return true;
  }
  bool varint(int64_t* out) {
    *out = 0;
    for (int shift = 0; shift < 63; shift += 6) {
      int b;
      if (!byte(&b)) return false;
      *out |= static_cast<int64_t>(b & 63) << shift;
      if ((b & 64) == 0) return true;
    }
    return false;
  }
  bool svarint(int64_t* out) {
    int64_t u;
    if (!varint(&u)) return false;
    *out = (u & 1) != 0 ? -(u >> 1) : u >> 1;
    return true;
  }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

// Decodes one entry, advancing the running `line`. False when malformed.
bool next_entry(Reader* r, int64_t* line, Entry* e) {
  int head;
  if (!r->byte(&head) || (head & 0x80) == 0) return false;
  int kind = (head >> 3) & 15;
  e->units = (head & 7) + 1;
  e->line = e->end_line = e->col = e->end_col = -1;
  if (kind == 15) return true;
  if (kind == 14) {
    int64_t delta, span, col, end_col;
    if (!r->svarint(&delta) || !r->varint(&span) || !r->varint(&col) || !r->varint(&end_col)) {
      return false;
    }
    *line += delta;
    e->line = *line;
    e->end_line = *line + span;
    e->col = col - 1;
    e->end_col = end_col - 1;
    return true;
  }
  if (kind == 13) {
    int64_t delta;
    if (!r->svarint(&delta)) return false;
    *line += delta;
    e->line = e->end_line = *line;
    return true;
  }
  int a, b;
  if (kind >= 10) {
    if (!r->byte(&a) || !r->byte(&b)) return false;
    *line += kind - 10;
    e->line = e->end_line = *line;
    e->col = a;
    e->end_col = b;
    return true;
  }
  if (!r->byte(&b)) return false;
  e->line = e->end_line = *line;
  e->col = kind * 8 + ((b >> 4) & 7);
  e->end_col = e->col + (b & 15);
  return true;
}

Value maybe_int(VM& vm, int64_t v) { return v < 0 ? vm.none() : int_from_int64(vm, v); }

Value co_positions(VM& vm, CallArgs args) {
  const Code* code = args.args[0].as<Code>();
  List* out = list_new(vm);
  Reader reader(code->linetable);
  int64_t line = code->firstlineno;
  int64_t total = code->code->length / 2;
  int64_t emitted = 0;
  Entry e;
  while (emitted < total && !reader.at_end() && next_entry(&reader, &line, &e)) {
    Value items[4] = {maybe_int(vm, e.line), maybe_int(vm, e.end_line), maybe_int(vm, e.col),
                      maybe_int(vm, e.end_col)};
    Value t = Value::from_object(tuple_from(vm, items, 4));
    for (int i = 0; i < e.units && emitted < total; ++i, ++emitted) list_append(vm, out, t);
  }
  return get_iter(vm, Value::from_object(out));
}

}  // namespace

Value code_positions_method(VM& vm, Value code) {
  NativeFunction* f = native_function_new(vm, "co_positions", co_positions, 0, 0, kNativeMethod);
  vm.store(f, &f->self, code);
  return Value::from_object(f);
}

}  // namespace pyvm::runtime
