// The `_sre` matcher (see runtime/sre_engine.h).
//
// How backtracking works here. The matcher runs the code as a little machine
// with a program counter (`pc`, an index into the code) and a subject
// position (`pos`). Every place where the pattern could go two ways pushes a
// choice point recording what to try next, plus the sizes of the undo trail
// and of the repeat-record table. Failure pops the newest choice point, undoes
// every capture and repeat-counter change recorded in the trail since it was
// pushed, and resumes as the choice point says. This restores exactly the
// state CPython's recursive matcher restores by returning from its nested
// contexts, without using the C++ stack.
//
// Lookarounds, atomic groups and possessive repeats match their body as a
// sub-match: entering one pushes a Frame and a barrier choice point. When the
// body reaches its SUCCESS opcode, the choice points above the barrier are cut
// (the body cannot be re-entered by backtracking), but the trail is kept so
// that a later failure still undoes the captures the body made. When the body
// fails, backtracking reaches the barrier, which decides the construct's
// outcome (a negative lookahead then succeeds).
//
// REPEAT / MAX_UNTIL / MIN_UNTIL keep a table of repeat records (iteration
// count, position where the current iteration began, enclosing record), as
// CPython's SRE_REPEAT chain; the record of the innermost active repeat is
// `cur_repeat_`.
#include "runtime/sre_engine.h"

#include <utf8proc.h>

#include <cstddef>

#include "runtime/str.h"
#include "runtime/unicode_tables.h"

namespace pyvm::runtime::sre {

// ---------------------------------------------------------------------------
// Character classes and case mapping

namespace {

namespace ut = unicode_tables;

utf8proc_category_t category_of(uint32_t c) {
  if (c > 0x10FFFF || ut::in_table(ut::kUnassigned, c)) return UTF8PROC_CATEGORY_CN;
  return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

bool ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
bool ascii_alpha(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_space(uint32_t c) { return c == ' ' || (c >= 9 && c <= 13); }
bool ascii_word(uint32_t c) { return c < 128 && (ascii_alpha(c) || ascii_digit(c) || c == '_'); }

bool uni_decimal(uint32_t c) {
  if (c < 0x80) return ascii_digit(c);
  return category_of(c) == UTF8PROC_CATEGORY_ND;
}

// str.isalnum() of one character: alpha, decimal, digit or numeric.
bool uni_alnum(uint32_t c) {
  if (c < 0x80) return ascii_alpha(c) || ascii_digit(c);
  switch (category_of(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return ut::in_table(ut::kDigitExtra, c) || ut::in_table(ut::kNumericExtra, c);
  }
}

bool uni_word(uint32_t c) { return c == '_' || uni_alnum(c); }

bool uni_linebreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E ||
         c == 0x85 || c == 0x2028 || c == 0x2029;
}

// The process runs in the C locale, where locale classes are the ASCII ones.
bool loc_word(uint32_t c) { return c < 256 && ascii_word(c); }

bool category_matches(uint32_t code, uint32_t c) {
  switch (code) {
    case 0:
      return c < 128 && ascii_digit(c);
    case 1:
      return !(c < 128 && ascii_digit(c));
    case 2:
      return c < 128 && ascii_space(c);
    case 3:
      return !(c < 128 && ascii_space(c));
    case 4:
      return ascii_word(c);
    case 5:
      return !ascii_word(c);
    case 6:
      return c == '\n';
    case 7:
      return c != '\n';
    case 8:
      return loc_word(c);
    case 9:
      return !loc_word(c);
    case 10:
      return uni_decimal(c);
    case 11:
      return !uni_decimal(c);
    case 12:
      return unicode_is_space(c);
    case 13:
      return !unicode_is_space(c);
    case 14:
      return uni_word(c);
    case 15:
      return !uni_word(c);
    case 16:
      return uni_linebreak(c);
    case 17:
      return !uni_linebreak(c);
    default:
      return false;
  }
}

bool char_loc_ignore(uint32_t pattern, uint32_t c) {
  return c == pattern || lower_locale(c) == pattern || upper_locale(c) == pattern;
}

}  // namespace

uint32_t lower_ascii(uint32_t c) { return c < 128 && c >= 'A' && c <= 'Z' ? c + 32 : c; }
uint32_t lower_locale(uint32_t c) { return c < 256 ? lower_ascii(c) : c; }
uint32_t upper_locale(uint32_t c) { return c < 256 && c >= 'a' && c <= 'z' ? c - 32 : c; }

uint32_t lower_unicode(uint32_t c) {
  if (c > 0x10FFFF) return c;
  return static_cast<uint32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
}

uint32_t upper_unicode(uint32_t c) {
  if (c > 0x10FFFF) return c;
  return static_cast<uint32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(c)));
}

bool ascii_iscased(uint32_t c) { return c < 128 && ascii_alpha(c); }
bool unicode_iscased(uint32_t c) { return c != lower_unicode(c) || c != upper_unicode(c); }

// ---------------------------------------------------------------------------
// The matcher

namespace {

struct RepeatRecord {
  int64_t count;
  int64_t last_pos;  // where the current iteration began; -1 before the first
  int64_t pc;        // the REPEAT opcode
  int64_t prev;      // enclosing record, or -1
};

enum class TrailKind : uint8_t { kMark, kRepeatCount, kRepeatLastPos };

struct TrailEntry {
  TrailKind kind;
  int64_t index;
  int64_t old_value;
};

enum class ChoiceKind : uint8_t {
  kBranch,        // pc: the skip word of the next alternative
  kRepeatOne,     // pc: the REPEAT_ONE; pos: where the run began; count
  kMinRepeatOne,  // pc: the MIN_REPEAT_ONE; pos: current end; count
  kMaxUntilTail,  // pc: the MAX_UNTIL; try its tail at pos
  kMinUntilBody,  // pc: the MIN_UNTIL; try one more iteration at pos
  kBarrier,       // bottom of the innermost frame's body
};

struct Choice {
  ChoiceKind kind;
  int64_t pc;
  int64_t pos;
  int64_t count;
  size_t trail;
  size_t repeats;
  size_t frames;
  int64_t cur_repeat;
  int64_t lastindex;
  int64_t lastmark;
};

enum class FrameKind : uint8_t { kAssert, kAssertNot, kAtomic, kPossessive };

struct Frame {
  FrameKind kind;
  int64_t pc;          // the opcode that opened the frame
  int64_t pos;         // position at that opcode (asserts); iteration start (possessive)
  size_t barrier;      // index of the frame's barrier choice point
  int64_t count;       // possessive: iterations matched
  int64_t last_start;  // possessive: start of the last optional iteration, or -1
};

class Matcher {
 public:
  explicit Matcher(const Request& request) : req_(request), s_(request.subject) {}

  // Runs the code from `pc0` with the subject position at `pos`.
  Status run(int64_t pos, bool toplevel, Result* result);
  bool may_start_at(int64_t pos) const;

 private:
  uint32_t code(int64_t i) const {
    return i >= 0 && i < req_.code_size ? req_.code[i] : static_cast<uint32_t>(kFailure);
  }
  int64_t skip_target(int64_t skip_word) const { return skip_word + code(skip_word); }

  void set_mark(int64_t index, int64_t pos);
  void set_repeat(TrailKind kind, int64_t index, int64_t value);
  void push_choice(ChoiceKind kind, int64_t pc, int64_t pos, int64_t count = 0);
  // How a popped choice point restores captures (CPython's LASTMARK_RESTORE
  // with or without MARK_POP; kNone: the failure just passes through).
  enum class MarkRestore { kFull, kLastmarkOnly, kNone };
  void undo_last();
  Choice pop_choice(MarkRestore mode);
  MarkRestore restore_mode(const Choice& c) const;
  void cut_to(size_t height) { choices_.resize(height); }
  bool poll();

  bool in_set(int64_t set, uint32_t c) const;
  bool at(uint32_t code, int64_t pos) const;
  // One character `c` against the single-character item at `pc`; -1 when the
  // item is not a single-character opcode.
  int match_item(int64_t pc, uint32_t c) const;
  // How many items at `pc` match from `pos`, at most `max`; -1 on a bad item.
  int64_t count_items(int64_t pc, int64_t pos, int64_t max) const;
  bool group_span(int64_t group, int64_t* start, int64_t* end) const;
  int groupref(uint32_t op, int64_t group, int64_t* pos) const;

  enum class Step { kContinue, kFail, kMatch, kError, kInterrupted };
  Step step(int64_t& pc, int64_t& pos, bool toplevel);
  Step repeat_one(int64_t& pc, int64_t& pos);
  Step min_repeat_one(int64_t& pc, int64_t& pos);
  Step until(bool greedy, int64_t& pc, int64_t& pos);
  Step open_frame(FrameKind kind, int64_t& pc, int64_t& pos);
  Step possessive_next(Frame& frame, int64_t& pc, int64_t& pos);
  Step frame_success(int64_t& pc, int64_t& pos);
  Step backtrack(int64_t& pc, int64_t& pos);
  Step resume_repeat_one(const Choice& c, int64_t& pc, int64_t& pos);
  Step resume_barrier(const Choice& c, int64_t& pc, int64_t& pos);

  const Request& req_;
  Subject s_;
  bool toplevel_ = true;
  int64_t attempt_start_ = 0;
  int64_t match_end_ = 0;
  bool must_advance_ = false;
  std::vector<int64_t> marks_;
  int64_t lastindex_ = -1;
  int64_t lastmark_ = -1;  // highest mark set; marks above it do not count
  int64_t cur_repeat_ = -1;
  std::vector<RepeatRecord> repeats_;
  std::vector<TrailEntry> trail_;
  std::vector<Choice> choices_;
  std::vector<Frame> frames_;
  std::vector<TrailEntry> kept_;  // scratch for pop_choice
  uint32_t steps_ = 0;
};

bool Matcher::poll() {
  if ((++steps_ & 0xFFF) != 0 || req_.poll == nullptr) return true;
  return req_.poll(req_.poll_context);
}

void Matcher::set_mark(int64_t index, int64_t pos) {
  trail_.push_back({TrailKind::kMark, index, marks_[static_cast<size_t>(index)]});
  marks_[static_cast<size_t>(index)] = pos;
}

void Matcher::set_repeat(TrailKind kind, int64_t index, int64_t value) {
  RepeatRecord& r = repeats_[static_cast<size_t>(index)];
  int64_t& field = kind == TrailKind::kRepeatCount ? r.count : r.last_pos;
  trail_.push_back({kind, index, field});
  field = value;
}

void Matcher::push_choice(ChoiceKind kind, int64_t pc, int64_t pos, int64_t count) {
  choices_.push_back({kind, pc, pos, count, trail_.size(), repeats_.size(), frames_.size(),
                      cur_repeat_, lastindex_, lastmark_});
}

// Undoes the newest trail entry.
void Matcher::undo_last() {
  const TrailEntry& e = trail_.back();
  if (e.kind == TrailKind::kMark) {
    marks_[static_cast<size_t>(e.index)] = e.old_value;
  } else if (e.kind == TrailKind::kRepeatCount) {
    repeats_[static_cast<size_t>(e.index)].count = e.old_value;
  } else {
    repeats_[static_cast<size_t>(e.index)].last_pos = e.old_value;
  }
  trail_.pop_back();
}

// Pops the newest choice point and restores the state it saved. How much of
// the captures comes back follows CPython exactly (see MarkRestore): with
// kLastmarkOnly, marks at or below the saved lastmark keep their current
// values, and their trail entries stay so that an older choice point can
// still undo them; marks above it no longer count and are undone.
Choice Matcher::pop_choice(MarkRestore mode) {
  Choice c = choices_.back();
  choices_.pop_back();
  if (mode == MarkRestore::kFull) {
    while (trail_.size() > c.trail) undo_last();
  } else if (mode == MarkRestore::kLastmarkOnly) {
    kept_.clear();
    while (trail_.size() > c.trail) {
      const TrailEntry& e = trail_.back();
      if (e.kind == TrailKind::kMark && e.index <= c.lastmark) {
        kept_.push_back(e);
        trail_.pop_back();
      } else {
        undo_last();
      }
    }
    trail_.insert(trail_.end(), kept_.rbegin(), kept_.rend());
  }
  if (mode != MarkRestore::kNone) {
    lastindex_ = c.lastindex;
    lastmark_ = c.lastmark;
  }
  repeats_.resize(c.repeats);
  frames_.resize(c.frames);
  cur_repeat_ = c.cur_repeat;
  return c;
}

// What CPython restores when the construct that pushed `c` catches a failure.
Matcher::MarkRestore Matcher::restore_mode(const Choice& c) const {
  switch (c.kind) {
    case ChoiceKind::kBranch:
    case ChoiceKind::kRepeatOne:
    case ChoiceKind::kMinRepeatOne:
      // MARK_PUSH only inside a REPEAT.
      return c.cur_repeat >= 0 ? MarkRestore::kFull : MarkRestore::kLastmarkOnly;
    case ChoiceKind::kMaxUntilTail:
      return MarkRestore::kFull;
    case ChoiceKind::kMinUntilBody:
      // MARK_PUSH only when the tail runs inside an enclosing REPEAT.
      return repeats_[static_cast<size_t>(c.cur_repeat)].prev >= 0 ? MarkRestore::kFull
                                                                   : MarkRestore::kLastmarkOnly;
    case ChoiceKind::kBarrier:
      break;
  }
  const Frame& f = frames_[c.frames - 1];
  switch (f.kind) {
    case FrameKind::kAssertNot:
      return c.cur_repeat >= 0 ? MarkRestore::kFull : MarkRestore::kLastmarkOnly;
    case FrameKind::kPossessive:
      if (f.count >= static_cast<int64_t>(code(f.pc + 2))) return MarkRestore::kFull;
      return MarkRestore::kNone;
    case FrameKind::kAssert:
    case FrameKind::kAtomic:
      return MarkRestore::kNone;  // the failure passes through to an older choice
  }
  return MarkRestore::kFull;
}

// <set> is a list of items ending with FAILURE (see re._compiler).
bool Matcher::in_set(int64_t set, uint32_t c) const {
  bool ok = true;
  for (;;) {
    switch (code(set++)) {
      case kFailure:
        return !ok;
      case kLiteral:
        if (c == code(set)) return ok;
        set += 1;
        break;
      case kCategory:
        if (category_matches(code(set), c)) return ok;
        set += 1;
        break;
      case kCharset:
        if (c < 256 && (code(set + c / 32) & (1u << (c & 31))) != 0) return ok;
        set += 8;
        break;
      case kRange:
        if (code(set) <= c && c <= code(set + 1)) return ok;
        set += 2;
        break;
      case kRangeUniIgnore: {
        if (code(set) <= c && c <= code(set + 1)) return ok;
        uint32_t u = upper_unicode(c);
        if (code(set) <= u && u <= code(set + 1)) return ok;
        set += 2;
        break;
      }
      case kNegate:
        ok = !ok;
        break;
      case kBigCharset: {
        // <count> <256 block indices as bytes, little-endian words> <blocks>
        int64_t count = code(set++);
        if (c < 0x10000) {
          uint32_t hi = c >> 8;
          uint32_t block = (code(set + hi / 4) >> (8 * (hi % 4))) & 0xFF;
          int64_t word = set + 64 + block * 8 + (c & 255) / 32;
          if ((code(word) & (1u << (c & 31))) != 0) return ok;
        }
        set += 64 + count * 8;
        break;
      }
      default:
        return false;
    }
  }
}

bool Matcher::at(uint32_t code, int64_t pos) const {
  int64_t end = req_.end;
  bool (*word)(uint32_t) = nullptr;
  bool negate = false;
  switch (code) {
    case 0:  // AT_BEGINNING
    case 2:  // AT_BEGINNING_STRING
      return pos == 0;
    case 1:
      return pos == 0 || s_.at(pos - 1) == '\n';
    case 5:
      return pos == end || (pos + 1 == end && s_.at(pos) == '\n');
    case 6:
      return pos == end || s_.at(pos) == '\n';
    case 7:
      return pos == end;
    case 3:
      word = ascii_word;
      break;
    case 4:
      word = ascii_word;
      negate = true;
      break;
    case 8:
      word = loc_word;
      break;
    case 9:
      word = loc_word;
      negate = true;
      break;
    case 10:
      word = uni_word;
      break;
    case 11:
      word = uni_word;
      negate = true;
      break;
    default:
      return false;
  }
  if (end == 0) return false;
  bool before = pos > 0 && word(s_.at(pos - 1));
  bool here = pos < end && word(s_.at(pos));
  return negate ? before == here : before != here;
}

int Matcher::match_item(int64_t pc, uint32_t c) const {
  uint32_t arg = code(pc + 1);
  switch (code(pc)) {
    case kAny:
      return c != '\n';
    case kAnyAll:
      return 1;
    case kLiteral:
      return c == arg;
    case kNotLiteral:
      return c != arg;
    case kLiteralIgnore:
      return lower_ascii(c) == arg;
    case kNotLiteralIgnore:
      return lower_ascii(c) != arg;
    case kLiteralUniIgnore:
      return lower_unicode(c) == arg;
    case kNotLiteralUniIgnore:
      return lower_unicode(c) != arg;
    case kLiteralLocIgnore:
      return char_loc_ignore(arg, c);
    case kNotLiteralLocIgnore:
      return !char_loc_ignore(arg, c);
    case kCategory:
      return category_matches(arg, c);
    case kIn:
      return in_set(pc + 2, c);
    case kInIgnore:
      return in_set(pc + 2, lower_ascii(c));
    case kInUniIgnore:
      return in_set(pc + 2, lower_unicode(c));
    case kInLocIgnore: {
      uint32_t lo = lower_locale(c);
      if (in_set(pc + 2, lo)) return 1;
      uint32_t up = upper_locale(c);
      return up != lo && in_set(pc + 2, up);
    }
    default:
      return -1;
  }
}

int64_t Matcher::count_items(int64_t pc, int64_t pos, int64_t max) const {
  int64_t limit = req_.end - pos;
  if (max != kMaxRepeat && max < limit) limit = max;
  int64_t n = 0;
  while (n < limit) {
    int r = match_item(pc, s_.at(pos + n));
    if (r < 0) return -1;
    if (r == 0) break;
    ++n;
  }
  return n;
}

bool Matcher::group_span(int64_t group, int64_t* start, int64_t* end) const {
  size_t i = static_cast<size_t>(group) * 2;
  if (i + 1 >= marks_.size() || static_cast<int64_t>(i) >= lastmark_) return false;
  *start = marks_[i];
  *end = marks_[i + 1];
  return *start >= 0 && *end >= 0 && *start <= *end;
}

// GROUPREF and its case-insensitive forms: 1 matched (pos advanced), 0 not.
int Matcher::groupref(uint32_t op, int64_t group, int64_t* pos) const {
  int64_t gs, ge;
  if (!group_span(group, &gs, &ge)) return 0;
  if (ge - gs > req_.end - *pos) return 0;
  int64_t p = *pos;
  for (int64_t i = gs; i < ge; ++i, ++p) {
    uint32_t a = s_.at(p), b = s_.at(i);
    bool same;
    if (op == kGroupref) {
      same = a == b;
    } else if (op == kGrouprefIgnore) {
      same = lower_ascii(a) == lower_ascii(b);
    } else if (op == kGrouprefLocIgnore) {
      same = lower_locale(a) == lower_locale(b);
    } else {
      same = lower_unicode(a) == lower_unicode(b);
    }
    if (!same) return 0;
  }
  *pos = p;
  return 1;
}

Status Matcher::run(int64_t pos, bool toplevel, Result* result) {
  toplevel_ = toplevel;
  attempt_start_ = pos;
  must_advance_ = req_.must_advance && toplevel;
  marks_.assign(static_cast<size_t>(req_.groups) * 2, -1);
  lastindex_ = -1;
  lastmark_ = -1;
  cur_repeat_ = -1;
  repeats_.clear();
  trail_.clear();
  choices_.clear();
  frames_.clear();
  int64_t pc = 0;
  if (code(0) == kInfo) {
    uint32_t min = code(3);
    if (min != 0 && req_.end - pos < static_cast<int64_t>(min)) return Status::kNoMatch;
    pc = skip_target(1);
  }
  for (;;) {
    Step st = poll() ? step(pc, pos, toplevel) : Step::kInterrupted;
    if (st == Step::kFail) st = backtrack(pc, pos);
    switch (st) {
      case Step::kContinue:
        continue;
      case Step::kMatch:
        result->start = attempt_start_;
        result->end = match_end_;
        result->marks = marks_;
        result->lastindex = lastindex_;
        for (size_t i = static_cast<size_t>(lastmark_ + 1); i < result->marks.size(); ++i) {
          result->marks[i] = -1;
        }
        return Status::kMatch;
      case Step::kFail:
        return Status::kNoMatch;
      case Step::kInterrupted:
        return Status::kInterrupted;
      case Step::kError:
        return Status::kInternalError;
    }
  }
}

// Whether a match could start at `pos`, from the pattern's first character
// (the INFO block's literal prefix or charset, or a leading one-character
// item). Only an optimisation of search().
bool Matcher::may_start_at(int64_t pos) const {
  if (pos >= req_.end) return true;
  uint32_t c = s_.at(pos);
  int64_t body = 0;
  if (code(0) == kInfo) {
    uint32_t flags = code(2);
    if ((flags & 1) != 0 && code(5) > 0) return c == code(7);
    if ((flags & 4) != 0) return in_set(5, c);
    body = skip_target(1);
  }
  int r = match_item(body, c);
  return r != 0;
}

// Backtracks until some choice point resumes (kContinue) or none is left.
Matcher::Step Matcher::backtrack(int64_t& pc, int64_t& pos) {
  for (;;) {
    if (!poll()) return Step::kInterrupted;
    if (choices_.empty()) return Step::kFail;
    Choice c = pop_choice(restore_mode(choices_.back()));
    Step st = Step::kFail;
    switch (c.kind) {
      case ChoiceKind::kBranch:
        if (code(c.pc) != 0) {
          push_choice(ChoiceKind::kBranch, skip_target(c.pc), c.pos);
          pc = c.pc + 1;
          pos = c.pos;
          st = Step::kContinue;
        }
        break;
      case ChoiceKind::kRepeatOne:
      case ChoiceKind::kMinRepeatOne:
        st = resume_repeat_one(c, pc, pos);
        break;
      case ChoiceKind::kMaxUntilTail:
        cur_repeat_ = repeats_[static_cast<size_t>(cur_repeat_)].prev;
        pc = c.pc + 1;
        pos = c.pos;
        st = Step::kContinue;
        break;
      case ChoiceKind::kMinUntilBody: {
        const RepeatRecord& r = repeats_[static_cast<size_t>(cur_repeat_)];
        uint32_t max = code(r.pc + 3);
        if ((c.count >= max && max != kMaxRepeat) || c.pos == r.last_pos) break;
        set_repeat(TrailKind::kRepeatCount, cur_repeat_, c.count);
        set_repeat(TrailKind::kRepeatLastPos, cur_repeat_, c.pos);
        pc = r.pc + 4;
        pos = c.pos;
        st = Step::kContinue;
        break;
      }
      case ChoiceKind::kBarrier:
        st = resume_barrier(c, pc, pos);
        break;
    }
    if (st != Step::kFail) return st;
  }
}

Matcher::Step Matcher::resume_repeat_one(const Choice& c, int64_t& pc, int64_t& pos) {
  int64_t min = code(c.pc + 2);
  int64_t tail = skip_target(c.pc + 1);
  int64_t count = c.count;
  if (c.kind == ChoiceKind::kRepeatOne) {
    --count;
    if (code(tail) == kLiteral) {
      uint32_t lit = code(tail + 1);
      while (count >= min && (c.pos + count >= req_.end || s_.at(c.pos + count) != lit)) --count;
    }
    if (count < min) return Step::kFail;
    push_choice(ChoiceKind::kRepeatOne, c.pc, c.pos, count);
    pos = c.pos + count;
  } else {
    uint32_t max = code(c.pc + 3);
    int64_t n = count_items(c.pc + 4, c.pos, 1);
    if (n < 0) return Step::kError;
    if (n == 0) return Step::kFail;
    ++count;
    if (max != kMaxRepeat && count > static_cast<int64_t>(max)) return Step::kFail;
    push_choice(ChoiceKind::kMinRepeatOne, c.pc, c.pos + 1, count);
    pos = c.pos + 1;
  }
  pc = tail;
  return Step::kContinue;
}

Matcher::Step Matcher::resume_barrier(const Choice& c, int64_t& pc, int64_t& pos) {
  Frame f = frames_.back();
  frames_.pop_back();
  switch (f.kind) {
    case FrameKind::kAssert:
    case FrameKind::kAtomic:
      return Step::kFail;
    case FrameKind::kAssertNot:
      pos = f.pos;
      pc = skip_target(f.pc + 1);
      return Step::kContinue;
    case FrameKind::kPossessive:
      if (f.count < static_cast<int64_t>(code(f.pc + 2))) return Step::kFail;
      pos = f.pos;
      pc = skip_target(f.pc + 1) + 1;  // past the body's SUCCESS
      return Step::kContinue;
  }
  (void)c;
  return Step::kFail;
}

// Starts the next iteration of a possessive repeat, or leaves it.
Matcher::Step Matcher::possessive_next(Frame& frame, int64_t& pc, int64_t& pos) {
  int64_t min = code(frame.pc + 2);
  uint32_t max = code(frame.pc + 3);
  bool more =
      frame.count < min ||
      ((frame.count < static_cast<int64_t>(max) || max == kMaxRepeat) && pos != frame.last_start);
  if (!more) {
    pc = skip_target(frame.pc + 1) + 1;  // past the body's SUCCESS
    frames_.pop_back();
    return Step::kContinue;
  }
  if (frame.count >= min) frame.last_start = pos;
  frame.pos = pos;
  frame.barrier = choices_.size();
  push_choice(ChoiceKind::kBarrier, frame.pc, pos);
  pc = frame.pc + 4;
  return Step::kContinue;
}

Matcher::Step Matcher::open_frame(FrameKind kind, int64_t& pc, int64_t& pos) {
  Frame f{kind, pc, pos, choices_.size(), 0, -1};
  if (kind == FrameKind::kPossessive) {
    frames_.push_back(f);
    return possessive_next(frames_.back(), pc, pos);
  }
  if (kind == FrameKind::kAtomic) {
    frames_.push_back(f);
    push_choice(ChoiceKind::kBarrier, pc, pos);
    pc += 2;
    return Step::kContinue;
  }
  int64_t back = code(pc + 2);
  if (pos < back) {
    if (kind == FrameKind::kAssert) return Step::kFail;
    pc = skip_target(pc + 1);
    return Step::kContinue;
  }
  frames_.push_back(f);
  push_choice(ChoiceKind::kBarrier, pc, pos);
  pos -= back;
  pc += 3;
  return Step::kContinue;
}

// SUCCESS inside a frame: the frame's body matched.
Matcher::Step Matcher::frame_success(int64_t& pc, int64_t& pos) {
  Frame& f = frames_.back();
  cut_to(f.barrier);
  switch (f.kind) {
    case FrameKind::kAssert:
      pos = f.pos;
      pc = skip_target(f.pc + 1);
      frames_.pop_back();
      return Step::kContinue;
    case FrameKind::kAssertNot:
      frames_.pop_back();
      return Step::kFail;
    case FrameKind::kAtomic:
      pc = skip_target(f.pc + 1);
      frames_.pop_back();
      return Step::kContinue;
    case FrameKind::kPossessive:
      ++f.count;
      return possessive_next(f, pc, pos);
  }
  return Step::kError;
}

Matcher::Step Matcher::repeat_one(int64_t& pc, int64_t& pos) {
  int64_t min = code(pc + 2);
  uint32_t max = code(pc + 3);
  if (min > req_.end - pos) return Step::kFail;
  int64_t count = count_items(pc + 4, pos, max);
  if (count < 0) return Step::kError;
  if (count < min) return Step::kFail;
  int64_t tail = skip_target(pc + 1);
  if (code(pc) == kPossessiveRepeatOne) {
    pos += count;
    pc = tail;
    return Step::kContinue;
  }
  if (code(tail) == kLiteral) {
    uint32_t lit = code(tail + 1);
    while (count >= min && (pos + count >= req_.end || s_.at(pos + count) != lit)) --count;
    if (count < min) return Step::kFail;
  }
  push_choice(ChoiceKind::kRepeatOne, pc, pos, count);
  pos += count;
  pc = tail;
  return Step::kContinue;
}

Matcher::Step Matcher::min_repeat_one(int64_t& pc, int64_t& pos) {
  int64_t min = code(pc + 2);
  uint32_t max = code(pc + 3);
  if (min > req_.end - pos) return Step::kFail;
  int64_t count = 0;
  if (min > 0) {
    count = count_items(pc + 4, pos, min);
    if (count < 0) return Step::kError;
    if (count < min) return Step::kFail;
  }
  if (max != kMaxRepeat && count > static_cast<int64_t>(max)) return Step::kFail;
  pos += count;
  push_choice(ChoiceKind::kMinRepeatOne, pc, pos, count);
  pc = skip_target(pc + 1);
  return Step::kContinue;
}

Matcher::Step Matcher::until(bool greedy, int64_t& pc, int64_t& pos) {
  if (cur_repeat_ < 0) return Step::kError;
  const RepeatRecord r = repeats_[static_cast<size_t>(cur_repeat_)];
  int64_t count = r.count + 1;
  int64_t min = code(r.pc + 2);
  uint32_t max = code(r.pc + 3);
  if (count < min) {
    set_repeat(TrailKind::kRepeatCount, cur_repeat_, count);
    pc = r.pc + 4;
    return Step::kContinue;
  }
  if (greedy) {
    if ((count < static_cast<int64_t>(max) || max == kMaxRepeat) && pos != r.last_pos) {
      push_choice(ChoiceKind::kMaxUntilTail, pc, pos);
      set_repeat(TrailKind::kRepeatCount, cur_repeat_, count);
      set_repeat(TrailKind::kRepeatLastPos, cur_repeat_, pos);
      pc = r.pc + 4;
      return Step::kContinue;
    }
  } else {
    push_choice(ChoiceKind::kMinUntilBody, pc, pos, count);
  }
  cur_repeat_ = r.prev;
  pc += 1;
  return Step::kContinue;
}

Matcher::Step Matcher::step(int64_t& pc, int64_t& pos, bool toplevel) {
  uint32_t op = code(pc);
  switch (op) {
    case kFailure:
      return Step::kFail;
    case kSuccess:
      if (!frames_.empty()) return frame_success(pc, pos);
      if (toplevel &&
          ((req_.match_all && pos != req_.end) || (must_advance_ && pos == attempt_start_))) {
        return Step::kFail;
      }
      match_end_ = pos;
      return Step::kMatch;
    case kAt:
      if (!at(code(pc + 1), pos)) return Step::kFail;
      pc += 2;
      return Step::kContinue;
    case kAny:
    case kAnyAll:
    case kLiteral:
    case kNotLiteral:
    case kLiteralIgnore:
    case kNotLiteralIgnore:
    case kLiteralUniIgnore:
    case kNotLiteralUniIgnore:
    case kLiteralLocIgnore:
    case kNotLiteralLocIgnore:
    case kCategory: {
      if (pos >= req_.end || match_item(pc, s_.at(pos)) != 1) return Step::kFail;
      ++pos;
      pc += op == kAny || op == kAnyAll ? 1 : 2;
      return Step::kContinue;
    }
    case kIn:
    case kInIgnore:
    case kInUniIgnore:
    case kInLocIgnore:
      if (pos >= req_.end || match_item(pc, s_.at(pos)) != 1) return Step::kFail;
      ++pos;
      pc = skip_target(pc + 1);
      return Step::kContinue;
    case kInfo:
    case kJump:
      pc = skip_target(pc + 1);
      return Step::kContinue;
    case kMark: {
      int64_t i = code(pc + 1);
      if (i >= static_cast<int64_t>(marks_.size())) return Step::kError;
      if ((i & 1) != 0) lastindex_ = i / 2 + 1;
      if (i > lastmark_) {
        for (int64_t j = lastmark_ + 1; j < i; ++j) set_mark(j, -1);
        lastmark_ = i;
      }
      set_mark(i, pos);
      pc += 2;
      return Step::kContinue;
    }
    case kBranch:
      if (code(pc + 1) == 0) return Step::kFail;
      push_choice(ChoiceKind::kBranch, skip_target(pc + 1), pos);
      pc += 2;
      return Step::kContinue;
    case kRepeatOne:
    case kPossessiveRepeatOne:
      return repeat_one(pc, pos);
    case kMinRepeatOne:
      return min_repeat_one(pc, pos);
    case kRepeat:
      repeats_.push_back({-1, -1, pc, cur_repeat_});
      cur_repeat_ = static_cast<int64_t>(repeats_.size()) - 1;
      pc = skip_target(pc + 1);
      return Step::kContinue;
    case kMaxUntil:
    case kMinUntil:
      return until(op == kMaxUntil, pc, pos);
    case kGroupref:
    case kGrouprefIgnore:
    case kGrouprefUniIgnore:
    case kGrouprefLocIgnore:
      if (!groupref(op, code(pc + 1), &pos)) return Step::kFail;
      pc += 2;
      return Step::kContinue;
    case kGrouprefExists: {
      int64_t gs, ge;
      if (group_span(code(pc + 1), &gs, &ge)) {
        pc += 3;
      } else {
        pc = skip_target(pc + 2) - 1;
      }
      return Step::kContinue;
    }
    case kAssert:
      return open_frame(FrameKind::kAssert, pc, pos);
    case kAssertNot:
      return open_frame(FrameKind::kAssertNot, pc, pos);
    case kAtomicGroup:
      return open_frame(FrameKind::kAtomic, pc, pos);
    case kPossessiveRepeat:
      return open_frame(FrameKind::kPossessive, pc, pos);
    default:
      return Step::kError;
  }
}

}  // namespace

Status match(const Request& request, Result* result) {
  Matcher m(request);
  return m.run(request.start, true, result);
}

Status search(const Request& request, Result* result) {
  uint32_t first = request.code_size > 0 ? request.code[0] : 0;
  int64_t body = 0;
  if (first == kInfo && request.code_size > 1) body = 1 + request.code[1];
  bool anchored = body + 1 < request.code_size && request.code[body] == kAt &&
                  (request.code[body + 1] == 0 || request.code[body + 1] == 2);
  Matcher m(request);
  for (int64_t pos = request.start; pos <= request.end; ++pos) {
    bool first = pos == request.start;
    if (first || m.may_start_at(pos)) {
      Status st = m.run(pos, first, result);
      if (st != Status::kNoMatch) return st;
      if (anchored) break;
    }
    if (request.poll != nullptr && (pos & 0xFFF) == 0xFFF && !request.poll(request.poll_context)) {
      return Status::kInterrupted;
    }
  }
  return Status::kNoMatch;
}

}  // namespace pyvm::runtime::sre
