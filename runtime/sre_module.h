// The native `_sre` module that CPython 3.11's pure-Python `re` package
// (re._compiler) runs on: compile() turns the compiled pattern code into a
// re.Pattern object whose match/search/findall/finditer/split/sub/subn/
// scanner methods run the matcher of runtime/sre_engine.h; the results are
// re.Match objects. Also MAGIC, CODESIZE, MAXREPEAT, MAXGROUPS, getcodesize
// and the case helpers re._compiler uses.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/object.h"
#include "runtime/sre_engine.h"

namespace pyvm::runtime {

// Creates the module and registers it in sys.modules.
void create_sre_module(VM& vm);

// ---- shared by the files of the module (sre_module.cpp, sre_pattern.cpp,
// sre_match.cpp)

// re.Pattern. The code follows the object (code_size words).
struct SrePattern : Object {
  Value pattern;     // str, bytes or None
  Value groupindex;  // dict: name -> group number
  Value indexgroup;  // tuple: group number -> name or None
  Value types;       // tuple (Pattern, Match, SRE_Scanner)
  int64_t flags;
  int64_t groups;
  int64_t code_size;
  int64_t is_bytes;  // 1 bytes, 0 str, -1 None pattern
  uint32_t* code() { return reinterpret_cast<uint32_t*>(this + 1); }
};

// re.Match. marks() holds 2 * groups positions (start, end of each group,
// group 0 first; -1 when the group did not take part).
struct SreMatch : Object {
  Value string;
  Value pattern;  // the SrePattern
  Value regs;     // cached tuple, or null
  int64_t pos;
  int64_t endpos;
  int64_t lastindex;
  int64_t groups;  // group 0 included
  int64_t* marks() { return reinterpret_cast<int64_t*>(this + 1); }
};

// _sre.SRE_Scanner.
struct SreScanner : Object {
  Value pattern;
  Value string;
  int64_t pos;        // where the next match starts; -1 once exhausted
  int64_t first_pos;  // the pos argument (Match.pos)
  int64_t endpos;
  int64_t must_advance;
};

// The characters of a str or bytes-like subject. Keeps a copy of non-bytes
// buffers (bytearray, memoryview) in `storage`.
struct SreSubject {
  std::string storage;
  sre::Subject subject;
  bool is_bytes = false;
};

// Reads `string` as a subject for `pattern`, raising CPython's TypeError for
// a non-string or a str/bytes mismatch.
[[nodiscard]] bool sre_subject(VM& vm, SrePattern* pattern, Value string, SreSubject* out);
// string[start:end] as str (str subject) or bytes.
Value sre_slice(VM& vm, const SreSubject& s, Value string, int64_t start, int64_t end);
// Runs the matcher; null with an exception when interrupted or on an
// internal error, the None object for no match, else true_value().
[[nodiscard]] Value sre_run(VM& vm, SrePattern* p, const SreSubject& s, int64_t start, int64_t end,
                            bool search, bool match_all, bool must_advance, sre::Result* result);
// A new re.Match for a successful run.
Value sre_match_new(VM& vm, SrePattern* p, Value string, int64_t pos, int64_t endpos,
                    const sre::Result& r);
// Clamps pos/endpos arguments (null: absent) to [0, length].
[[nodiscard]] bool sre_bounds(VM& vm, Value pos, Value endpos, int64_t length, int64_t* start,
                              int64_t* end);
Type* sre_type(SrePattern* p, int index);  // 0 Pattern, 1 Match, 2 SRE_Scanner

void init_sre_pattern_type(VM& vm, Type* t);
void init_sre_match_type(VM& vm, Type* t);
void init_sre_scanner_type(VM& vm, Type* t);

}  // namespace pyvm::runtime
