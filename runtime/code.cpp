// code: construction of code objects, the code type's slots, and the
// decoders for the exception table (CPYTHON311-FORMATS.md section 5) and the
// location table (section 6).
//
// Both decoders are bounds-checked on every byte: a code object that reached
// them through the verifier has a well-formed exception table, but the line
// table is never validated (CPython does not validate it either), so
// code_line_for_unit must tolerate any bytes and answer -1 when lost.
#include "runtime/code.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/inline_cache.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// ---- exception table: big-endian 6-bit chunks, bit 6 = more, bit 7 = entry start ----

class ExceptionTableCursor {
 public:
  explicit ExceptionTableCursor(const Bytes* table, size_t pos = 0)
      : data_(table->data()), size_(static_cast<size_t>(table->length)), pos_(pos) {}

  bool at_end() const { return pos_ >= size_; }

  // Decodes the entry at the cursor; false when it is malformed. Only the
  // first byte of an entry carries the start bit.
  bool next(ExceptionTableEntry* entry) {
    int64_t start, length, target, depth_lasti;
    if (!varint(true, &start) || !varint(false, &length) || !varint(false, &target) ||
        !varint(false, &depth_lasti)) {
      return false;
    }
    if (start + length > INT32_MAX) return false;
    entry->start = static_cast<int32_t>(start);
    entry->end = static_cast<int32_t>(start + length);
    entry->target = static_cast<int32_t>(target);
    entry->depth = static_cast<int32_t>(depth_lasti >> 1);
    entry->lasti = (depth_lasti & 1) != 0;
    return true;
  }

 private:
  bool varint(bool entry_start, int64_t* out) {
    int64_t value = 0;
    for (bool first = true;; first = false) {
      if (at_end()) return false;
      uint8_t b = data_[pos_++];
      if (((b & 0x80) != 0) != (first && entry_start)) return false;
      value = (value << 6) | (b & 63);
      if (value > INT32_MAX) return false;
      if (!(b & 0x40)) break;
    }
    *out = value;
    return true;
  }

  const uint8_t* data_;
  size_t size_;
  size_t pos_;
};

// The byte offset of an entry that starts at or before the one covering
// `unit` (every entry before it starts earlier): a binary search over the
// entry-start bytes narrows long tables to a short span for the linear scan.
size_t exception_table_scan_start(const Bytes* table, int32_t unit) {
  const uint8_t* data = table->data();
  size_t lo = 0, hi = static_cast<size_t>(table->length);
  constexpr size_t kLinearSpan = 48;
  while (hi - lo > kLinearSpan) {
    size_t mid = lo + (hi - lo) / 2;
    while (mid > lo && (data[mid] & 0x80) == 0) --mid;
    if (mid == lo) break;
    int64_t start = 0;
    for (size_t p = mid; p < hi && start <= INT32_MAX; ++p) {  // the entry's first varint
      start = (start << 6) | (data[p] & 63);
      if ((data[p] & 0x40) == 0) break;
    }
    if (unit < start) {
      hi = mid;
    } else {
      lo = mid;
    }
  }
  return lo;
}

// ---- location table: little-endian 6-bit chunks, bit 6 = more ----

class LineTableCursor {
 public:
  explicit LineTableCursor(const Bytes* table)
      : data_(table->data()), size_(static_cast<size_t>(table->length)) {}

  bool at_end() const { return pos_ >= size_; }

  // Decodes one entry: its unit count, its kind, and the line delta it
  // applies. False when the bytes are malformed.
  bool next(int* units, int* kind, int64_t* delta) {
    if (at_end() || !(data_[pos_] & 0x80)) return false;
    uint8_t head = data_[pos_++];
    *kind = (head >> 3) & 15;
    *units = (head & 7) + 1;
    *delta = 0;
    if (*kind <= 9) return skip(1);
    if (*kind <= 12) {
      *delta = *kind - 10;
      return skip(2);
    }
    if (*kind == 15) return true;
    uint64_t u;
    if (!varint(&u)) return false;
    *delta = (u & 1) ? -static_cast<int64_t>(u >> 1) : static_cast<int64_t>(u >> 1);
    if (*kind == 13) return true;
    uint64_t ignored;
    return varint(&ignored) && varint(&ignored) && varint(&ignored);  // end line, columns
  }

 private:
  bool skip(size_t n) {
    for (size_t i = 0; i < n; i++) {
      if (at_end() || (data_[pos_] & 0x80)) return false;
      pos_++;
    }
    return true;
  }
  bool varint(uint64_t* out) {
    uint64_t value = 0;
    for (int shift = 0;; shift += 6) {
      if (at_end() || (data_[pos_] & 0x80) || shift > 36) return false;
      uint8_t b = data_[pos_++];
      value |= uint64_t{b & 63u} << shift;
      if (!(b & 0x40)) break;
    }
    *out = value;
    return true;
  }

  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

// ---- the code type's slots ----

void code_trace(Object* self, Tracer& tracer) {
  Code* code = static_cast<Code*>(self);
  tracer.visit(code->code);
  tracer.visit(code->consts);
  tracer.visit(code->names);
  tracer.visit(code->localsplusnames);
  tracer.visit(code->localspluskinds);
  tracer.visit(code->filename);
  tracer.visit(code->name);
  tracer.visit(code->qualname);
  tracer.visit(code->linetable);
  tracer.visit(code->exceptiontable);
  trace_inline_caches(code, tracer);
}

void code_finalize(Object* self) {
  Code* code = static_cast<Code*>(self);
  std::free(code->counters);
  code->counters = nullptr;
  free_inline_caches(code);
}

Value code_repr(VM& vm, Value self) {
  const Code* code = self.as<Code>();
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<const void*>(code));
  std::string text = "<code object " + str_to_utf8(code->name) + " at " + address + ", file \"" +
                     str_to_utf8(code->filename) + "\", line " + std::to_string(code->firstlineno) +
                     ">";
  return Value::from_object(str_from_utf8(vm, text));
}

int64_t code_hash(VM& vm, Value self) {
  // Identity hash, like object.__hash__ (code objects are rarely hashed).
  return static_cast<int64_t>(self.raw() >> 4);
}

}  // namespace

Code* code_new(VM& vm, const CodeFields& f) {
  Code* code = vm.allocate<Code>(vm.types().code);
  code->argcount = f.argcount;
  code->posonlyargcount = f.posonlyargcount;
  code->kwonlyargcount = f.kwonlyargcount;
  code->stacksize = f.stacksize;
  code->flags = f.flags;
  code->firstlineno = f.firstlineno;
  code->nlocalsplus = static_cast<int32_t>(f.localsplusnames->length);
  for (int64_t i = 0; i < f.localspluskinds->length; i++) {
    uint8_t kind = f.localspluskinds->data()[i];
    if (kind & kFastLocal) code->nlocals++;
    if (kind & kFastCell) code->ncells++;
    if (kind & kFastFree) code->nfree++;
  }
  vm.store_ref(code, &code->code, f.code);
  vm.store_ref(code, &code->consts, f.consts);
  vm.store_ref(code, &code->names, f.names);
  vm.store_ref(code, &code->localsplusnames, f.localsplusnames);
  vm.store_ref(code, &code->localspluskinds, f.localspluskinds);
  vm.store_ref(code, &code->filename, f.filename);
  vm.store_ref(code, &code->name, f.name);
  vm.store_ref(code, &code->qualname, f.qualname);
  vm.store_ref(code, &code->linetable, f.linetable);
  vm.store_ref(code, &code->exceptiontable, f.exceptiontable);
  size_t units = static_cast<size_t>(f.code->length / 2);
  code->counters = static_cast<uint16_t*>(std::calloc(units == 0 ? 1 : units, sizeof(uint16_t)));
  if (code->counters == nullptr) {
    std::fputs("pyvm: out of memory\n", stderr);
    std::exit(1);
  }
  code->verified = 0;
  return code;
}

std::optional<std::vector<ExceptionTableEntry>> decode_exception_table(const Bytes* table) {
  std::vector<ExceptionTableEntry> entries;
  ExceptionTableCursor cursor(table);
  while (!cursor.at_end()) {
    ExceptionTableEntry entry;
    if (!cursor.next(&entry)) return std::nullopt;
    entries.push_back(entry);
  }
  return entries;
}

std::optional<ExceptionTableEntry> find_exception_handler(const Code* code, int32_t unit) {
  ExceptionTableCursor cursor(code->exceptiontable,
                              exception_table_scan_start(code->exceptiontable, unit));
  while (!cursor.at_end()) {
    ExceptionTableEntry entry;
    if (!cursor.next(&entry)) return std::nullopt;
    if (unit < entry.start) return std::nullopt;  // entries are sorted by start
    if (unit < entry.end) return entry;
  }
  return std::nullopt;
}

int32_t code_line_for_unit(const Code* code, int32_t unit) {
  if (unit < 0) return -1;
  LineTableCursor cursor(code->linetable);
  int64_t line = code->firstlineno;
  int64_t addr = 0;
  while (!cursor.at_end()) {
    int units, kind;
    int64_t delta;
    if (!cursor.next(&units, &kind, &delta)) return -1;
    line += delta;
    if (unit < addr + units) {
      if (kind == 15 || line < INT32_MIN || line > INT32_MAX) return -1;
      return static_cast<int32_t>(line);
    }
    addr += units;
  }
  return -1;
}

void init_code_type(VM& vm) {
  Type* type = vm.types().code;
  type->instance_size = sizeof(Code);
  type->trace = code_trace;
  type->finalize = code_finalize;
  type->repr = code_repr;
  type->hash = code_hash;
}

}  // namespace pyvm::runtime
