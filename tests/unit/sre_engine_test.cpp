// Unit tests of the `_sre` matcher (runtime/sre_engine.h) on pattern code
// captured from python3.11's re._compiler: captures, backtracking, the
// CPython quirk of possessive repeats, long subjects (no native recursion)
// and interruption through the poll callback.
#include "runtime/sre_engine.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pyvm::runtime::sre {
namespace {

constexpr uint32_t kMax = 4294967295u;

struct Outcome {
  Status status;
  Result result;
};

Outcome run_code(const std::vector<uint32_t>& code, int64_t groups, const std::string& text,
                 bool search, PollFn poll = nullptr, void* context = nullptr) {
  Request req;
  req.code = code.data();
  req.code_size = static_cast<int64_t>(code.size());
  req.groups = groups;
  req.subject = Subject{text.data(), 1, static_cast<int64_t>(text.size())};
  req.start = 0;
  req.end = static_cast<int64_t>(text.size());
  req.poll = poll;
  req.poll_context = context;
  Outcome r;
  r.status = search ? sre::search(req, &r.result) : sre::match(req, &r.result);
  return r;
}

// (a|b)*c
const std::vector<uint32_t> kAltStar = {14, 4,  0,  1,  kMax, 23, 13, 0,  kMax, 17, 0, 13,
                                        5,  22, 97, 98, 0,    17, 1,  18, 16,   99, 1};
// (?:(a)|b)++
const std::vector<uint32_t> kPossessive = {14, 4,  0, 1,  kMax, 28, 19, 1,  kMax, 7, 9, 17, 0, 16,
                                           97, 17, 1, 15, 7,    5,  16, 98, 15,   2, 0, 1,  1};
// (a)\1
const std::vector<uint32_t> kBackref = {14, 8, 1,  2,  2,  1, 0,  97, 0,
                                        17, 0, 16, 97, 17, 1, 11, 0,  1};
// (?<=x)y
const std::vector<uint32_t> kLookbehind = {14, 4, 0, 1, 1, 4, 5, 1, 16, 120, 1, 16, 121, 1};
// (x*)*y
const std::vector<uint32_t> kNestedStar = {14, 4, 0,    1,  kMax, 23, 14, 0, kMax, 17, 0,   24,
                                           6,  0, kMax, 16, 120,  1,  17, 1, 18,   16, 121, 1};

TEST(SreEngineTest, AlternationInRepeatCapturesLastIteration) {
  Outcome r = run_code(kAltStar, 1, "abbac", false);
  ASSERT_EQ(r.status, Status::kMatch);
  EXPECT_EQ(r.result.end, 5);
  EXPECT_EQ(r.result.marks[0], 3);
  EXPECT_EQ(r.result.marks[1], 4);
  EXPECT_EQ(r.result.lastindex, 1);
  EXPECT_EQ(run_code(kAltStar, 1, "abx", false).status, Status::kNoMatch);
}

TEST(SreEngineTest, SearchFindsLaterStart) {
  Outcome r = run_code(kLookbehind, 0, "ayxy", true);
  ASSERT_EQ(r.status, Status::kMatch);
  EXPECT_EQ(r.result.start, 3);
  EXPECT_EQ(r.result.end, 4);
}

TEST(SreEngineTest, BackreferenceNeedsSameText) {
  EXPECT_EQ(run_code(kBackref, 1, "aa", false).status, Status::kMatch);
  EXPECT_EQ(run_code(kBackref, 1, "ab", false).status, Status::kNoMatch);
}

// CPython 3.11 leaves group 1 at the empty span (1, 1) here: BRANCH outside
// a REPEAT restores only lastmark, not the mark the failed branch moved.
TEST(SreEngineTest, PossessiveRepeatKeepsCPythonMarks) {
  Outcome r = run_code(kPossessive, 1, "ab", false);
  ASSERT_EQ(r.status, Status::kMatch);
  EXPECT_EQ(r.result.end, 2);
  EXPECT_EQ(r.result.marks[0], 1);
  EXPECT_EQ(r.result.marks[1], 1);
}

TEST(SreEngineTest, LongSubjectDoesNotRecurse) {
  std::string text(2000000, 'x');
  text += 'y';
  Outcome r = run_code(kNestedStar, 1, text, false);
  ASSERT_EQ(r.status, Status::kMatch);
  EXPECT_EQ(r.result.end, static_cast<int64_t>(text.size()));
  std::string abs(1000000, 'a');
  abs += 'c';
  EXPECT_EQ(run_code(kAltStar, 1, abs, false).result.end, static_cast<int64_t>(abs.size()));
}

bool stop_after_some_calls(void* context) {
  int* calls = static_cast<int*>(context);
  return ++*calls < 5;
}

TEST(SreEngineTest, PollStopsPathologicalBacktracking) {
  // (x*)*y against x...x without y backtracks exponentially.
  std::string text(40, 'x');
  int calls = 0;
  Outcome r = run_code(kNestedStar, 1, text, true, stop_after_some_calls, &calls);
  EXPECT_EQ(r.status, Status::kInterrupted);
  EXPECT_EQ(calls, 5);
}

TEST(SreEngineTest, CaseHelpers) {
  EXPECT_EQ(lower_ascii('A'), static_cast<uint32_t>('a'));
  EXPECT_EQ(lower_ascii(0xC9), 0xC9u);
  EXPECT_EQ(lower_unicode(0xC9), 0xE9u);
  EXPECT_TRUE(unicode_iscased(0x3B1));
  EXPECT_FALSE(ascii_iscased('1'));
}

}  // namespace
}  // namespace pyvm::runtime::sre
