// Uncaught-exception printing (see vm/traceback.h).
#include "vm/traceback.h"

#include <cctype>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "runtime/code.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/syntax_error.h"
#include "vm/suggestions.h"
#include "vm/traceback_anchors.h"
#include "vm/traceback_group.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

using runtime::BaseException;
using runtime::Traceback;

// CPython prints at most this many identical consecutive entries, then a count.
constexpr int kRepeatLimit = 3;

// One instruction's entry of the location table (CPYTHON311-FORMATS.md
// section 6); -1 for a missing value.
struct Position {
  int64_t line = -1;
  int64_t end_line = -1;
  int64_t col = -1;
  int64_t end_col = -1;
};

class LocationReader {
 public:
  explicit LocationReader(const runtime::Bytes* table)
      : data_(table->data()), size_(static_cast<size_t>(table->length)) {}
  bool at_end() const { return pos_ >= size_; }
  int byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  int64_t varint() {
    int64_t value = 0;
    int shift = 0;
    for (;;) {
      int b = byte();
      value |= static_cast<int64_t>(b & 63) << shift;
      shift += 6;
      if ((b & 64) == 0 || shift > 60) return value;
    }
  }
  int64_t svarint() {
    int64_t u = varint();
    return (u & 1) != 0 ? -(u >> 1) : u >> 1;
  }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

// Decodes the entry's columns; `line` is the running line after the entry.
Position read_entry(LocationReader* r, int kind, int64_t* line) {
  Position p;
  if (kind == 15) return p;
  if (kind == 14) {
    *line += r->svarint();
    p.line = *line;
    p.end_line = *line + r->varint();
    p.col = r->varint() - 1;
    p.end_col = r->varint() - 1;
    return p;
  }
  if (kind == 13) {
    *line += r->svarint();
    p.line = p.end_line = *line;
    return p;
  }
  if (kind >= 10) {
    *line += kind - 10;
    p.line = p.end_line = *line;
    p.col = r->byte();
    p.end_col = r->byte();
    return p;
  }
  int b = r->byte();
  p.line = p.end_line = *line;
  p.col = kind * 8 + ((b >> 4) & 7);
  p.end_col = p.col + (b & 15);
  return p;
}

Position position_for_unit(const runtime::Code* code, int64_t unit) {
  LocationReader reader(code->linetable);
  int64_t line = code->firstlineno;
  int64_t addr = 0;
  while (!reader.at_end()) {
    int first = reader.byte();
    if ((first & 0x80) == 0) return Position();
    int kind = (first >> 3) & 15;
    int units = (first & 7) + 1;
    Position p = read_entry(&reader, kind, &line);
    if (unit < addr + units) return p;
    addr += units;
  }
  return Position();
}

// Characters (code points) in the first `bytes` bytes of UTF-8 `text`.
int64_t char_offset(std::string_view text, int64_t bytes) {
  int64_t count = 0;
  for (int64_t i = 0; i < bytes && i < static_cast<int64_t>(text.size()); ++i) {
    if ((static_cast<unsigned char>(text[static_cast<size_t>(i)]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

int64_t char_length(std::string_view text) {
  return char_offset(text, static_cast<int64_t>(text.size()));
}

// The code point index `chars` as a byte offset into UTF-8 `text`.
size_t byte_offset(std::string_view text, int64_t chars) {
  size_t i = 0;
  for (int64_t seen = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && seen++ == chars) return i;
  }
  return text.size();
}

bool is_source_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// The caret line CPython 3.11 prints under a source line: `^` under the
// failing instruction's columns, or `~` with `^` under the operator of a
// binary operation or the `[...]` of a subscript. Empty when CPython prints
// none (no columns, or the carets would span the whole stripped line).
std::string caret_line(const std::string& line, const Position& pos) {
  if (pos.line < 0 || pos.end_line < 0 || pos.col < 0 || pos.end_col < 0) return "";
  int64_t indent = 0;
  while (indent < static_cast<int64_t>(line.size()) && is_source_blank(line[indent])) ++indent;
  int64_t line_chars = char_length(line);
  int64_t start = char_offset(line, pos.col);
  int64_t end = char_offset(line, pos.end_col);
  std::optional<CaretAnchors> anchors;
  if (pos.line == pos.end_line) {
    size_t begin_byte = byte_offset(line, start);
    size_t end_byte = byte_offset(line, end);
    std::string_view segment = std::string_view(line).substr(
        begin_byte, end_byte > begin_byte ? end_byte - begin_byte : 0);
    anchors = find_caret_anchors(segment);
    if (anchors) {
      anchors->left = static_cast<int>(char_offset(segment, anchors->left) + start);
      anchors->right = static_cast<int>(char_offset(segment, anchors->right) + start);
    }
  } else {
    // A multi-line range is marked to the end of this line (CPython scans the
    // UTF-8 bytes back from the character length).
    int64_t i = line_chars;
    while (i > 0 && std::isspace(static_cast<unsigned char>(line[static_cast<size_t>(i - 1)]))) --i;
    end = i;
  }
  if (end - start == line_chars - indent && !anchors) return "";
  std::string out = "    ";
  for (int64_t i = indent; i < end; ++i) {
    if (i < start) {
      out += ' ';
    } else if (anchors) {
      out += anchors->left <= i && i < anchors->right ? '^' : '~';
    } else {
      out += '^';
    }
  }
  return out;
}

struct Entry {
  std::string filename;
  int line;
  std::string name;
  bool operator==(const Entry& other) const {
    return line == other.line && filename == other.filename && name == other.name;
  }
};

void print_repeat_note(std::FILE* out, int extra) {
  if (extra <= 0) return;
  std::fprintf(out, "  [Previous line repeated %d more time%s]\n", extra, extra == 1 ? "" : "s");
}

// The entry's source line without its indentation, and the caret line.
void print_source(std::FILE* out, const std::string& filename, const runtime::Code* code,
                  int64_t unit, int line_number) {
  std::string line = raw_source_line(filename, line_number);
  size_t indent = 0;
  while (indent < line.size() && is_source_blank(line[indent])) ++indent;
  if (indent == line.size()) return;
  std::fprintf(out, "    %s\n", line.c_str() + indent);
  std::string carets = caret_line(line, position_for_unit(code, unit));
  if (!carets.empty()) std::fprintf(out, "%s\n", carets.c_str());
}

void print_entries(Traceback* tb, std::FILE* out) {
  std::fputs("Traceback (most recent call last):\n", out);
  Entry last{"", -2, ""};
  int repeats = 0;
  for (; tb != nullptr; tb = tb->next) {
    auto* code = static_cast<runtime::Code*>(tb->code);
    Entry entry{runtime::str_to_utf8(code->filename),
                runtime::code_line_for_unit(code, static_cast<int32_t>(tb->unit)),
                runtime::str_to_utf8(code->name)};
    if (entry == last) {
      if (++repeats >= kRepeatLimit) continue;
    } else {
      print_repeat_note(out, repeats - (kRepeatLimit - 1));
      repeats = 0;
      last = entry;
    }
    std::string line_text = entry.line >= 0 ? std::to_string(entry.line) : "None";
    std::fprintf(out, "  File \"%s\", line %s, in %s\n", entry.filename.c_str(), line_text.c_str(),
                 entry.name.c_str());
    print_source(out, entry.filename, code, tb->unit, entry.line);
  }
  print_repeat_note(out, repeats - (kRepeatLimit - 1));
}

// The name CPython prints for the exception's type: module-qualified
// __qualname__, "<unknown>" for what cannot be read.
std::string report_type_name(VM& vm, Value exception) {
  Value type = Value::from_object(runtime::type_of(vm, exception));
  Value qualname = runtime::get_attr(vm, type, vm.intern("__qualname__"));
  if (qualname.is_null() || !runtime::is_str(vm, qualname)) {
    vm.clear_exception();
    return "<unknown>";
  }
  std::string prefix;
  Value module = runtime::get_attr(vm, type, vm.intern("__module__"));
  if (module.is_null() || !runtime::is_str(vm, module)) {
    vm.clear_exception();
    prefix = "<unknown>.";
  } else {
    std::string name = runtime::str_to_utf8(module.as<runtime::Str>());
    if (name != "builtins" && name != "__main__") prefix = name + ".";
  }
  return prefix + runtime::str_to_utf8(qualname.as<runtime::Str>());
}

}  // namespace

std::string exception_report_line(VM& vm, Value exception) {
  if (runtime::is_syntax_error(vm, exception)) return runtime::syntax_error_report(vm, exception);
  std::string name = report_type_name(vm, exception);
  Value text = runtime::str(vm, exception);
  std::string line;
  if (text.is_null()) {
    vm.clear_exception();
    line = name + ": <exception str() failed>";
  } else {
    std::string message = runtime::str_to_utf8(text.as<runtime::Str>());
    line = message.empty() ? name : name + ": " + message;
  }
  std::string suggestion = offer_suggestion(vm, exception);
  if (!suggestion.empty()) line += ". Did you mean: '" + suggestion + "'?";
  return line;
}

namespace {

void print_chain(VM& vm, Value exception, std::FILE* out, std::unordered_set<uint64_t>* seen) {
  seen->insert(exception.raw());
  auto* exc = exception.as<BaseException>();
  Value cause = exc->cause;
  Value context = exc->context;
  if (cause.is_object() && seen->count(cause.raw()) == 0) {
    print_chain(vm, cause, out, seen);
    std::fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
  } else if (!exc->suppress_context && context.is_object() && seen->count(context.raw()) == 0) {
    print_chain(vm, context, out, seen);
    std::fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
  }
  if (exc->traceback != nullptr) print_entries(exc->traceback, out);
  std::fprintf(out, "%s\n", exception_report_line(vm, exception).c_str());
  std::fputs(runtime::exception_notes_text(vm, exception, "").c_str(), out);
}

}  // namespace

// The source line as read, without its line ending ("" when unavailable).
std::string raw_source_line(const std::string& filename, int line) {
  std::ifstream in(filename);
  if (!in || line <= 0) return "";
  std::string text;
  for (int i = 0; i < line; ++i) {
    if (!std::getline(in, text)) return "";
  }
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

std::string traceback_caret_line(const runtime::Code* code, int64_t unit, const std::string& line) {
  return caret_line(line, position_for_unit(code, unit));
}

void print_exception(VM& vm, Value exception, std::FILE* out) {
  if (print_exception_with_groups(vm, exception, out)) return;
  std::unordered_set<uint64_t> seen;
  print_chain(vm, exception, out, &seen);
  std::fflush(out);
}

}  // namespace pyvm::vm
