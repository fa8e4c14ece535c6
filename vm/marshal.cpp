// marshal reader: turns marshal version-4 bytes (CPYTHON311-FORMATS.md
// section 2) into pyvm objects, checking every byte it is given.
//
// How it stays safe on hostile input:
//   - Every read goes through need(), which checks the bytes left; counts are
//     compared with the bytes left before anything is allocated (each item of
//     a container takes at least one byte, each long digit two).
//   - Recursion depth is bounded by kMarshalMaxDepth, and by the native
//     stack limit as a backstop. One nesting level costs the frames of
//     read_any (with read_typed and the container readers inlined) and
//     read_object; every helper with big locals or std::string temporaries
//     (number, string and code-object readers, error messages) is out of
//     line so its frame is paid only when it runs, not once per level.
//   - The reference table records, per slot, whether the object is finished.
//     Lists, dicts and sets are usable as soon as they exist (they may contain
//     themselves); a tuple is unfinished until its last item is read, and
//     frozensets and code objects reserve an empty slot that they fill when
//     done. An `r` to an unfinished or empty slot is an error, so no reader
//     ever hashes or exposes a half-built object.
//   - Hashing keys of dicts and sets may raise (unhashable list key); the
//     exception is cleared and turned into an error string.
//   - Every value taken from the reference table or the intern table, and
//     every value whose type a code-object field checks, must be a small int
//     or a live heap object with a live type (valid()): a bogus Value, from
//     a reader bug or a collector bug, ends the load with an error instead
//     of being dereferenced.
// GC note: objects under construction are held only by this reader's locals
// (seen by the conservative stack scan) and its reference table (a
// RootedValues, so the collector sees it too).
#include "vm/marshal.h"

#include <charconv>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/code.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/recursion_guard.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

using runtime::Bytes;
using runtime::Code;
using runtime::CodeFields;
using runtime::Dict;
using runtime::List;
using runtime::Str;
using runtime::Tuple;
using runtime::Type;

constexpr uint8_t kFlagRef = 0x80;

std::string hex_byte(uint8_t b) {
  static const char kDigits[] = "0123456789abcdef";
  std::string s = "0x";
  s += kDigits[b >> 4];
  s += kDigits[b & 15];
  return s;
}

// Length of the UTF-8 sequence starting at s[i] if it is well formed
// (surrogates allowed, as marshal's "surrogatepass"), else 0.
size_t utf8_sequence_length(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
  auto cont = [&](size_t k) { return k < s.size() && (byte(k) & 0xC0) == 0x80; };
  uint8_t b0 = byte(i);
  if (b0 < 0x80) return 1;
  if (b0 < 0xC2) return 0;
  if (b0 < 0xE0) return cont(i + 1) ? 2 : 0;
  if (b0 < 0xF0) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    return (b0 == 0xE0 && byte(i + 1) < 0xA0) ? 0 : 3;  // overlong
  }
  if (b0 > 0xF4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
  if (b0 == 0xF0 && byte(i + 1) < 0x90) return 0;  // overlong
  if (b0 == 0xF4 && byte(i + 1) > 0x8F) return 0;  // above U+10FFFF
  return 4;
}

bool is_valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t n = utf8_sequence_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// Parses the text form of a float written by marshal versions 0 and 1.
bool parse_float_text(std::string_view text, double* out) {
  bool negative = false;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty() || text[0] == '+' || text[0] == '-') return false;
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() && ec != std::errc::result_out_of_range) return false;
  if (end != text.data() + text.size()) return false;
  *out = negative ? -value : value;
  return true;
}

class Reader {
 public:
  Reader(VM& vm, std::string_view data) : vm_(vm), data_(data), refs_(vm.heap()) {}

  Value read_root() {
    if (data_.empty()) return fail("EOF read where object expected");
    return read_object();
  }
  size_t position() const { return pos_; }
  const std::string& error() const { return error_; }

 private:
  // ---- errors and primitives ----
  // Out of line and cold, with a `const char*` overload, so that no caller
  // on the recursive path (read_any, read_typed, the container readers)
  // carries a std::string temporary in its frame.
  [[gnu::noinline, gnu::cold]] Value fail(const std::string& message) {
    if (error_.empty()) error_ = message;
    return Value::null();
  }
  [[gnu::noinline, gnu::cold]] Value fail(const char* message) {
    return fail(std::string(message));
  }
  bool fail_bool(const std::string& message) {
    fail(message);
    return false;
  }
  bool fail_bool(const char* message) {
    fail(message);
    return false;
  }
  size_t remaining() const { return data_.size() - pos_; }
  bool need(size_t n) {
    if (remaining() < n) return fail_bool("marshal data too short");
    return true;
  }
  bool read_u8(uint8_t* out) {
    if (!need(1)) return false;
    *out = static_cast<uint8_t>(data_[pos_++]);
    return true;
  }
  bool read_le(size_t n, uint64_t* out) {
    if (!need(n)) return false;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) v |= uint64_t{static_cast<uint8_t>(data_[pos_ + i])} << (8 * i);
    pos_ += n;
    *out = v;
    return true;
  }
  bool read_i32(int32_t* out) {
    uint64_t v;
    if (!read_le(4, &v)) return false;
    *out = static_cast<int32_t>(static_cast<uint32_t>(v));
    return true;
  }
  bool read_f64(double* out) {
    uint64_t v;
    if (!read_le(8, &v)) return false;
    std::memcpy(out, &v, sizeof v);
    return true;
  }
  bool read_span(size_t n, std::string_view* out) {
    if (!need(n)) return false;
    *out = data_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  // An int32 count of items that each take at least `item_bytes` bytes.
  [[gnu::noinline]] bool read_count(const char* what, size_t item_bytes, int64_t* out) {
    int32_t n;
    if (!read_i32(&n)) return false;
    if (n < 0) return fail_bool(std::string("bad marshal data (") + what + " size out of range)");
    if (static_cast<uint64_t>(n) * item_bytes > remaining())
      return fail_bool("marshal data too short");
    *out = n;
    return true;
  }

  // A Value this reader may hand out: a small int or a live heap object whose
  // type is a live heap object too. Reference-table entries, interned strings
  // and every value whose type a code field checks go through it, so a bug
  // in the reader (or below it) becomes an error message, never a wild read
  // of a bogus Value.
  bool valid(Value v) const {
    if (v.is_small_int()) return true;
    if (!v.is_object() || (v.raw() & 7) != 0) return false;
    const gc::Heap& heap = vm_.heap();
    return heap.is_allocated(v.object()) && v.object()->type != nullptr &&
           heap.is_allocated(v.object()->type);
  }
  bool is_exact(Value v, Type* type) const {
    return v.is_object() && valid(v) && v.object()->type == type;
  }

  // ---- the reference table ----
  // Reserves a slot when `flagged`; returns its index or -1.
  [[gnu::noinline]] int64_t reserve(bool flagged) {
    if (!flagged) return -1;
    refs_.push_back(Value::null());
    ready_.push_back(0);
    return static_cast<int64_t>(refs_.size()) - 1;
  }
  void set_slot(int64_t slot, Value v, bool ready) {
    if (slot < 0) return;
    refs_[slot] = v;
    ready_[slot] = ready ? 1 : 0;
  }
  Value finish(int64_t slot, Value v) {
    set_slot(slot, v, true);
    return v;
  }
  [[gnu::noinline]] Value read_ref() {
    int32_t index;
    if (!read_i32(&index)) return Value::null();
    if (index < 0 || static_cast<size_t>(index) >= refs_.size() || !ready_[index] ||
        !valid(refs_[index])) {
      return fail("bad marshal data (invalid reference " + std::to_string(index) + ")");
    }
    return refs_[index];
  }

  // ---- objects ----
  // Reads one object; `*out` null means the NULL marker `0`.
  bool read_any(Value* out) {
    // The count is CPython's limit; the stack check is the backstop should
    // a build (sanitizers, -O0) make one nesting level costlier than planned.
    if (++depth_ > kMarshalMaxDepth || native_stack_exhausted(vm_)) {
      --depth_;
      return fail_bool("recursion limit exceeded");
    }
    uint8_t code = 0;
    bool ok = read_u8(&code);
    if (ok) {
      *out = read_typed(code);
      ok = !out->is_null() || (code & 0x7F) == '0';
      if ((code & 0x7F) == '0') *out = Value::null();
    }
    --depth_;
    return ok && error_.empty();
  }
  Value read_object() {
    Value v;
    if (!read_any(&v)) return Value::null();
    if (v.is_null()) return fail("bad marshal data (NULL object where an object is required)");
    return v;
  }

  [[gnu::noinline, gnu::cold]] Value fail_unknown_code(uint8_t byte) {
    return fail("unknown type code " + hex_byte(byte) + " at offset " + std::to_string(pos_ - 1));
  }

  Value read_typed(uint8_t byte) {
    bool flagged = (byte & kFlagRef) != 0;
    uint8_t code = byte & 0x7F;
    switch (code) {
      case '0':
        return Value::null();
      case 'N':
        return vm_.none();
      case 'F':
        return vm_.false_value();
      case 'T':
        return vm_.true_value();
      case '.':
        return vm_.ellipsis();
      case 'S':
        return Value::from_object(vm_.types().stop_iteration);
      case 'r':
        return read_ref();
      default:
        break;
    }
    int64_t slot = reserve(flagged);
    switch (code) {
      case 'i':
      case 'I':
      case 'l':
      case 'g':
      case 'f':
      case 'y':
      case 'x':
        return finish(slot, read_number(code));
      case 's':
      case 'u':
      case 't':
      case 'a':
      case 'A':
      case 'z':
      case 'Z':
        return finish(slot, read_string(code));
      case ')':
      case '(':
        return read_tuple(code, slot);
      case '[':
        return read_list(slot);
      case '{':
        return read_dict(slot);
      case '<':
      case '>':
        return read_set(code == '>', slot);
      case 'c':
        return read_code(slot);
      default:
        return fail_unknown_code(byte);
    }
  }

  [[gnu::noinline]] Value read_number(uint8_t code) {
    switch (code) {
      case 'i': {
        int32_t v;
        return read_i32(&v) ? runtime::int_from_int64(vm_, v) : Value::null();
      }
      case 'I': {
        uint64_t v;
        if (!read_le(8, &v)) return Value::null();
        return runtime::int_from_int64(vm_, static_cast<int64_t>(v));
      }
      case 'l':
        return read_long();
      case 'g': {
        double d;
        return read_f64(&d) ? runtime::float_new(vm_, d) : Value::null();
      }
      case 'f': {
        double d;
        return read_float_text(&d) ? runtime::float_new(vm_, d) : Value::null();
      }
      case 'y': {
        double re, im;
        if (!read_f64(&re) || !read_f64(&im)) return Value::null();
        return runtime::complex_new(vm_, re, im);
      }
      default: {  // 'x'
        double re, im;
        if (!read_float_text(&re) || !read_float_text(&im)) return Value::null();
        return runtime::complex_new(vm_, re, im);
      }
    }
  }

  bool read_float_text(double* out) {
    uint8_t n;
    std::string_view text;
    if (!read_u8(&n) || !read_span(n, &text)) return false;
    if (!parse_float_text(text, out)) return fail_bool("bad marshal data (invalid float text)");
    return true;
  }

  Value read_long() {
    int32_t n;
    if (!read_i32(&n)) return Value::null();
    if (n == 0) return Value::from_small_int(0);
    if (n == INT32_MIN) return fail("bad marshal data (long size out of range)");
    int64_t count = n < 0 ? -int64_t{n} : n;
    if (static_cast<uint64_t>(count) * 2 > remaining()) return fail("marshal data too short");
    std::vector<uint16_t> digits(static_cast<size_t>(count));
    for (int64_t i = 0; i < count; i++) {
      uint64_t d;
      if (!read_le(2, &d)) return Value::null();
      if (d > 0x7FFF) return fail("bad marshal data (digit out of range in long)");
      digits[i] = static_cast<uint16_t>(d);
    }
    if (digits[count - 1] == 0) return fail("bad marshal data (unnormalized long data)");
    return runtime::int_from_digits15(vm_, digits.data(), count, n < 0);
  }

  [[gnu::noinline]] Value read_string(uint8_t code) {
    size_t length = 0;
    if (code == 'z' || code == 'Z') {
      uint8_t n;
      if (!read_u8(&n)) return Value::null();
      length = n;
    } else {
      int64_t n;
      if (!read_count(code == 's' ? "bytes object" : "string", 1, &n)) return Value::null();
      length = static_cast<size_t>(n);
    }
    std::string_view text;
    if (!read_span(length, &text)) return Value::null();
    if (code == 's') return Value::from_object(runtime::bytes_new(vm_, text));
    Str* s;
    if (code == 'u' || code == 't') {
      if (!is_valid_utf8(text)) return fail("bad marshal data (invalid UTF-8 in string)");
      s = runtime::str_from_utf8(vm_, text);
    } else {
      s = runtime::str_from_latin1(vm_, text);
    }
    if (code == 't' || code == 'A' || code == 'Z') s = vm_.intern(s);
    if (!is_exact(Value::from_object(s), vm_.types().str)) return fail("bad interned string");
    return Value::from_object(s);
  }

  Value read_tuple(uint8_t code, int64_t slot) {
    int64_t count;
    if (code == ')') {
      uint8_t n;
      if (!read_u8(&n)) return Value::null();
      count = n;
      if (static_cast<size_t>(count) > remaining()) return fail("marshal data too short");
    } else if (!read_count("tuple", 1, &count)) {
      return Value::null();
    }
    Tuple* tuple = runtime::tuple_new(vm_, count);
    set_slot(slot, Value::from_object(tuple), false);  // unfinished: no `r` may see it
    for (int64_t i = 0; i < count; i++) {
      Value item = read_object();
      if (item.is_null()) return Value::null();
      runtime::tuple_init_item(vm_, tuple, i, item);
    }
    return finish(slot, Value::from_object(tuple));
  }

  Value read_list(int64_t slot) {
    int64_t count;
    if (!read_count("list", 1, &count)) return Value::null();
    List* list = runtime::list_new(vm_, count);
    set_slot(slot, Value::from_object(list), true);
    for (int64_t i = 0; i < count; i++) {
      Value item = read_object();
      if (item.is_null()) return Value::null();
      runtime::list_append(vm_, list, item);
    }
    return Value::from_object(list);
  }

  Value read_dict(int64_t slot) {
    Dict* dict = runtime::dict_new(vm_);
    set_slot(slot, Value::from_object(dict), true);
    for (;;) {
      Value key, value;
      if (!read_any(&key)) return Value::null();
      if (key.is_null()) break;
      if (!read_any(&value)) return Value::null();
      if (value.is_null()) break;  // CPython's quirk: a NULL value also ends the dict
      if (runtime::dict_set(vm_, dict, key, value) < 0) {
        vm_.clear_exception();
        return fail("bad marshal data (unhashable dict key)");
      }
    }
    return Value::from_object(dict);
  }

  Value read_set(bool frozen, int64_t slot) {
    int64_t count;
    if (!read_count("set", 1, &count)) return Value::null();
    Value set = frozen ? runtime::frozenset_new(vm_) : runtime::set_new(vm_);
    if (set.is_null()) {
      vm_.clear_exception();
      return fail("cannot create set");
    }
    // A set may be referenced from inside itself; a frozenset only when done.
    set_slot(slot, frozen ? Value::null() : set, !frozen);
    for (int64_t i = 0; i < count; i++) {
      Value item = read_object();
      if (item.is_null()) return Value::null();
      if (runtime::set_add(vm_, set, item) < 0) {
        vm_.clear_exception();
        return fail("bad marshal data (unhashable set item)");
      }
    }
    return finish(slot, set);
  }

  // ---- code objects ----
  Bytes* read_bytes_field(const char* field) {
    Value v = read_object();
    if (v.is_null()) return nullptr;
    if (!is_exact(v, vm_.types().bytes)) {
      fail(std::string("bad code object: ") + field + " is not bytes");
      return nullptr;
    }
    return v.as<Bytes>();
  }
  Str* read_str_field(const char* field) {
    Value v = read_object();
    if (v.is_null()) return nullptr;
    if (!is_exact(v, vm_.types().str)) {
      fail(std::string("bad code object: ") + field + " is not a str");
      return nullptr;
    }
    return v.as<Str>();
  }
  // A tuple; when `strings`, every item must be a str and is interned in place.
  Tuple* read_tuple_field(const char* field, bool strings) {
    Value v = read_object();
    if (v.is_null()) return nullptr;
    if (!is_exact(v, vm_.types().tuple)) {
      fail(std::string("bad code object: ") + field + " is not a tuple");
      return nullptr;
    }
    Tuple* t = v.as<Tuple>();
    for (int64_t i = 0; strings && i < t->length; i++) {
      if (!is_exact(t->at(i), vm_.types().str)) {
        fail(std::string("bad code object: ") + field + " item is not a str");
        return nullptr;
      }
      Str* s = t->at(i).as<Str>();
      if (s->is_interned) continue;
      Str* interned = vm_.intern(s);
      if (!is_exact(Value::from_object(interned), vm_.types().str)) {
        fail(std::string("bad code object: ") + field + " item could not be interned");
        return nullptr;
      }
      runtime::tuple_init_item(vm_, t, i, Value::from_object(interned));
    }
    return t;
  }

  bool read_code_ints(CodeFields* f) {
    int32_t* ints[] = {&f->argcount, &f->posonlyargcount, &f->kwonlyargcount, &f->stacksize,
                       &f->flags};
    for (int32_t* p : ints) {
      if (!read_i32(p)) return false;
    }
    if (f->argcount < 0 || f->posonlyargcount < 0 || f->kwonlyargcount < 0 || f->stacksize < 0 ||
        f->flags < 0) {
      return fail_bool("bad code object: negative argument count, stack size or flags");
    }
    if (f->posonlyargcount > f->argcount) {
      return fail_bool("bad code object: posonlyargcount exceeds argcount");
    }
    return true;
  }

  bool check_kinds(const CodeFields& f) {
    if (f.localspluskinds->length != f.localsplusnames->length) {
      return fail_bool("bad code object: localsplusnames and localspluskinds differ in length");
    }
    int64_t locals = 0;
    bool seen_free = false;
    for (int64_t i = 0; i < f.localspluskinds->length; i++) {
      uint8_t kind = f.localspluskinds->data()[i];
      if (kind != 0x20 && kind != 0x40 && kind != 0x60 && kind != 0x80) {
        return fail_bool("bad code object: bad local kind " + hex_byte(kind));
      }
      if (seen_free && kind != 0x80) return fail_bool("bad code object: free variables not last");
      seen_free = kind == 0x80;
      if (kind & 0x20) locals++;
    }
    int64_t params = int64_t{f.argcount} + f.kwonlyargcount +
                     ((f.flags & runtime::kCoVarArgs) ? 1 : 0) +
                     ((f.flags & runtime::kCoVarKeywords) ? 1 : 0);
    if (locals < params) return fail_bool("bad code object: co_varnames is too small");
    for (int64_t i = 0; i < params; i++) {
      if (!(f.localspluskinds->data()[i] & 0x20)) {
        return fail_bool("bad code object: parameter slot is not a local");
      }
    }
    return true;
  }

  [[gnu::noinline]] Value read_code(int64_t slot) {
    CodeFields f{};
    if (!read_code_ints(&f)) return Value::null();
    if (!(f.code = read_bytes_field("co_code"))) return Value::null();
    if (f.code->length % 2 != 0) return fail("bad code object: co_code has odd length");
    if (!(f.consts = read_tuple_field("co_consts", false))) return Value::null();
    if (!(f.names = read_tuple_field("co_names", true))) return Value::null();
    if (!(f.localsplusnames = read_tuple_field("co_localsplusnames", true))) return Value::null();
    if (!(f.localspluskinds = read_bytes_field("co_localspluskinds"))) return Value::null();
    if (!check_kinds(f)) return Value::null();
    if (!(f.filename = read_str_field("co_filename"))) return Value::null();
    if (!(f.name = read_str_field("co_name"))) return Value::null();
    if (!(f.qualname = read_str_field("co_qualname"))) return Value::null();
    if (!read_i32(&f.firstlineno)) return Value::null();
    if (!(f.linetable = read_bytes_field("co_linetable"))) return Value::null();
    if (!(f.exceptiontable = read_bytes_field("co_exceptiontable"))) return Value::null();
    Code* code = runtime::code_new(vm_, f);
    return finish(slot, Value::from_object(code));
  }

  VM& vm_;
  std::string_view data_;
  size_t pos_ = 0;
  int depth_ = 0;
  gc::RootedValues refs_;       // the reference table (null: reserved, not yet filled)
  std::vector<uint8_t> ready_;  // 1 when the slot's object is finished or may be shared
  std::string error_;
};

}  // namespace

Value marshal_load_prefix(VM& vm, std::string_view data, size_t* consumed, std::string* error) {
  Reader reader(vm, data);
  Value result = reader.read_root();
  if (result.is_null() || !reader.error().empty()) {
    if (error != nullptr) *error = reader.error().empty() ? "bad marshal data" : reader.error();
    return Value::null();
  }
  if (consumed != nullptr) *consumed = reader.position();
  return result;
}

Value marshal_load(VM& vm, std::string_view data, std::string* error) {
  size_t consumed = 0;
  Value result = marshal_load_prefix(vm, data, &consumed, error);
  if (result.is_null()) return result;
  if (consumed != data.size()) {
    if (error != nullptr) {
      *error = std::to_string(data.size() - consumed) + " trailing bytes after marshal data";
    }
    return Value::null();
  }
  return result;
}

}  // namespace pyvm::vm
