// Uncaught exception groups (see vm/traceback_group.h).
#include "vm/traceback_group.h"

#include <string>
#include <unordered_set>

#include "runtime/code.h"
#include "runtime/exception_group.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/traceback.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

using runtime::BaseException;
using runtime::Traceback;

constexpr int kRepeatLimit = 3;     // identical consecutive entries shown
constexpr int kMaxGroupWidth = 15;  // members shown per group
constexpr int kMaxGroupDepth = 10;  // nesting levels shown

// A source line without its indentation and trailing blanks.
std::string stripped(const std::string& text) {
  size_t start = text.find_first_not_of(" \t\f");
  size_t end = text.find_last_not_of(" \t\f\r\n");
  if (start == std::string::npos) return "";
  return text.substr(start, end - start + 1);
}

class GroupPrinter {
 public:
  GroupPrinter(VM& vm, std::FILE* out) : vm_(vm), out_(out) {}

  void print_recursive(Value exc) {
    print_cause_and_context(exc);
    if (runtime::is_exception_group(vm_, exc)) {
      print_group(exc);
    } else {
      print_one(exc);
    }
  }

 private:
  std::string indent() const { return std::string(2 * depth_, ' '); }
  std::string margin() const { return indent() + (depth_ > 0 ? "| " : ""); }
  void line(const std::string& text) {
    std::fprintf(out_, "%s%s\n", margin().c_str(), text.c_str());
  }

  void print_cause_and_context(Value exc) {
    seen_.insert(exc.raw());
    auto* e = exc.as<BaseException>();
    if (e->cause.is_object()) {
      if (seen_.count(e->cause.raw()) == 0) {
        print_chained(e->cause,
                      "The above exception was the direct cause of the following exception:");
      }
      return;
    }
    if (e->suppress_context != 0 || !e->context.is_object()) return;
    if (seen_.count(e->context.raw()) == 0) {
      print_chained(e->context,
                    "During handling of the above exception, another exception occurred:");
    }
  }

  void print_chained(Value exc, const char* message) {
    bool need_close = need_close_;
    print_recursive(exc);
    need_close_ = need_close;
    line("");
    line(message);
    line("");
  }

  void print_entries(Traceback* tb) {
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
        print_repeat_note(repeats - (kRepeatLimit - 1));
        repeats = 0;
        last = entry;
      }
      std::string number = entry.line >= 0 ? std::to_string(entry.line) : "None";
      line("  File \"" + entry.filename + "\", line " + number + ", in " + entry.name);
      std::string raw = raw_source_line(entry.filename, entry.line);
      std::string source = stripped(raw);
      if (source.empty()) continue;
      line("    " + source);
      std::string carets = traceback_caret_line(code, tb->unit, raw);
      if (!carets.empty()) line(carets);
    }
    print_repeat_note(repeats - (kRepeatLimit - 1));
  }

  void print_repeat_note(int extra) {
    if (extra <= 0) return;
    line("  [Previous line repeated " + std::to_string(extra) + " more time" +
         (extra == 1 ? "" : "s") + "]");
  }

  void print_one(Value exc) {
    auto* e = exc.as<BaseException>();
    if (e->traceback != nullptr) {
      bool group = runtime::is_exception_group(vm_, exc);
      std::string header_margin = depth_ == 1 && group ? indent() + "+ " : margin();
      std::fprintf(out_, "%s%s\n", header_margin.c_str(),
                   group ? "Exception Group Traceback (most recent call last):"
                         : "Traceback (most recent call last):");
      print_entries(e->traceback);
    }
    line(exception_line(exc));
    std::fputs(runtime::exception_notes_text(vm_, exc, margin()).c_str(), out_);
  }

  void print_group(Value exc) {
    if (depth_ > kMaxGroupDepth) {
      line("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")");
      return;
    }
    if (depth_ == 0) depth_ = 1;
    print_one(exc);
    runtime::Tuple* members = exc.as<runtime::ExceptionGroup>()->exceptions;
    int64_t count = members->length;
    int64_t shown = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
    need_close_ = false;
    for (int64_t i = 0; i < shown; ++i) {
      bool last = i == shown - 1;
      if (last) need_close_ = true;
      bool truncated = i >= kMaxGroupWidth;
      std::string title = truncated ? "..." : std::to_string(i + 1);
      std::fprintf(out_, "%s%s+---------------- %s ----------------\n", indent().c_str(),
                   i == 0 ? "+-" : "  ", title.c_str());
      ++depth_;
      if (!truncated) {
        print_recursive(members->at(i));
      } else {
        int64_t remaining = count - kMaxGroupWidth;
        line("and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : ""));
      }
      if (last && need_close_) {
        std::fprintf(out_, "%s+------------------------------------\n", indent().c_str());
        need_close_ = false;
      }
      --depth_;
    }
    if (depth_ == 1) depth_ = 0;
  }

  std::string exception_line(Value exc) { return exception_report_line(vm_, exc); }

  struct Entry {
    std::string filename;
    int line;
    std::string name;
    bool operator==(const Entry& other) const {
      return line == other.line && filename == other.filename && name == other.name;
    }
  };

  VM& vm_;
  std::FILE* out_;
  int depth_ = 0;
  bool need_close_ = false;
  std::unordered_set<uint64_t> seen_;
};

bool chain_has_group(VM& vm, Value exc, std::unordered_set<uint64_t>* seen) {
  if (!exc.is_object() || !seen->insert(exc.raw()).second) return false;
  if (runtime::is_exception_group(vm, exc)) return true;
  auto* e = exc.as<BaseException>();
  return chain_has_group(vm, e->cause, seen) || chain_has_group(vm, e->context, seen);
}

}  // namespace

bool print_exception_with_groups(VM& vm, Value exception, std::FILE* out) {
  std::unordered_set<uint64_t> seen;
  if (!chain_has_group(vm, exception, &seen)) return false;
  GroupPrinter printer(vm, out);
  printer.print_recursive(exception);
  std::fflush(out);
  return true;
}

}  // namespace pyvm::vm
