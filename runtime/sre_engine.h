// The regular-expression matcher behind `_sre`: runs the pattern code that
// CPython 3.11's re._compiler emits (a list of 32-bit words) over a str
// (code points) or bytes subject. It knows nothing of Python objects; the
// module (runtime/sre_module.cpp) builds a Request and reads the Result.
//
// The matcher backtracks with explicit stacks (choice points, an undo trail
// for captures and repeat counters, sub-match frames for lookarounds, atomic
// groups and possessive repeats), never with C++ recursion, so long subjects
// cannot overflow the native stack.
#pragma once

#include <cstdint>
#include <vector>

namespace pyvm::runtime::sre {

// Opcodes, in the order of re._constants.OPCODES (3.11).
enum Opcode : uint32_t {
  kFailure = 0,
  kSuccess,
  kAny,
  kAnyAll,
  kAssert,
  kAssertNot,
  kAt,
  kBranch,
  kCategory,
  kCharset,
  kBigCharset,
  kGroupref,
  kGrouprefExists,
  kIn,
  kInfo,
  kJump,
  kLiteral,
  kMark,
  kMaxUntil,
  kMinUntil,
  kNotLiteral,
  kNegate,
  kRange,
  kRepeat,
  kRepeatOne,
  kSubpattern,
  kMinRepeatOne,
  kAtomicGroup,
  kPossessiveRepeat,
  kPossessiveRepeatOne,
  kGrouprefIgnore,
  kInIgnore,
  kLiteralIgnore,
  kNotLiteralIgnore,
  kGrouprefLocIgnore,
  kInLocIgnore,
  kLiteralLocIgnore,
  kNotLiteralLocIgnore,
  kGrouprefUniIgnore,
  kInUniIgnore,
  kLiteralUniIgnore,
  kNotLiteralUniIgnore,
  kRangeUniIgnore,
};

inline constexpr uint32_t kMagic = 20220615;
inline constexpr uint32_t kMaxRepeat = 0xFFFFFFFFu;
inline constexpr int64_t kMaxGroups = 0x3FFFFFFF;

// Case helpers shared with the module functions.
uint32_t lower_ascii(uint32_t c);
uint32_t lower_locale(uint32_t c);
uint32_t upper_locale(uint32_t c);
uint32_t lower_unicode(uint32_t c);
uint32_t upper_unicode(uint32_t c);
bool ascii_iscased(uint32_t c);
bool unicode_iscased(uint32_t c);

// The characters of a subject: `width` bytes per character (1 for bytes and
// Latin-1 str, 2 or 4 for wider str), `length` characters.
struct Subject {
  const void* data = nullptr;
  int width = 1;
  int64_t length = 0;
  uint32_t at(int64_t i) const {
    if (width == 1) return static_cast<const uint8_t*>(data)[i];
    if (width == 2) return static_cast<const uint16_t*>(data)[i];
    return static_cast<const uint32_t*>(data)[i];
  }
};

// Returns false when the matcher must stop (an exception is pending).
using PollFn = bool (*)(void* context);

struct Request {
  const uint32_t* code = nullptr;
  int64_t code_size = 0;
  int64_t groups = 0;  // capturing groups of the pattern
  Subject subject;
  int64_t start = 0;          // where matching (or searching) starts
  int64_t end = 0;            // characters at or after `end` are out of reach
  bool match_all = false;     // fullmatch: the match must end at `end`
  bool must_advance = false;  // an empty match at `start` does not count
  PollFn poll = nullptr;
  void* poll_context = nullptr;
};

enum class Status { kMatch, kNoMatch, kInterrupted, kInternalError };

struct Result {
  int64_t start = 0;  // span of the whole match
  int64_t end = 0;
  // marks[2 * (g - 1)] and marks[2 * (g - 1) + 1] bound group g; -1 unset.
  std::vector<int64_t> marks;
  int64_t lastindex = -1;
};

// Matches at request.start only.
[[nodiscard]] Status match(const Request& request, Result* result);
// The first match at or after request.start.
[[nodiscard]] Status search(const Request& request, Result* result);

}  // namespace pyvm::runtime::sre
