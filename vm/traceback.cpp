// Uncaught-exception printing (see vm/traceback.h).
#include "vm/traceback.h"

#include <fstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "runtime/code.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/traceback_group.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

using runtime::BaseException;
using runtime::Traceback;

// CPython prints at most this many identical consecutive entries, then a count.
constexpr int kRepeatLimit = 3;

std::string source_line(const std::string& filename, int line) {
  std::ifstream in(filename);
  if (!in || line <= 0) return "";
  std::string text;
  for (int i = 0; i < line; ++i) {
    if (!std::getline(in, text)) return "";
  }
  size_t start = text.find_first_not_of(" \t\f");
  size_t end = text.find_last_not_of(" \t\f\r\n");
  if (start == std::string::npos) return "";
  return text.substr(start, end - start + 1);
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
    std::string source = source_line(entry.filename, entry.line);
    if (!source.empty()) std::fprintf(out, "    %s\n", source.c_str());
  }
  print_repeat_note(out, repeats - (kRepeatLimit - 1));
}

std::string exception_line(VM& vm, Value exception) {
  std::string name = runtime::type_name(vm, exception);
  Value text = runtime::str(vm, exception);
  if (text.is_null()) {
    vm.clear_exception();
    return name + ": <exception str() failed>";
  }
  std::string message = runtime::str_to_utf8(text.as<runtime::Str>());
  return message.empty() ? name : name + ": " + message;
}

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
  std::fprintf(out, "%s\n", exception_line(vm, exception).c_str());
}

}  // namespace

void print_exception(VM& vm, Value exception, std::FILE* out) {
  if (print_exception_with_groups(vm, exception, out)) return;
  std::unordered_set<uint64_t> seen;
  print_chain(vm, exception, out, &seen);
  std::fflush(out);
}

}  // namespace pyvm::vm
