// Tests for the .pyc loader (vm/pyc.*): header checks, truncation and
// mutation of real pycs written by python3.11, the cache path and freshness
// rules, SipHash-1-3 against importlib, and the acceptance test that every
// module of the standard library loads and verifies.
#include "vm/pyc.h"

#include <dirent.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <utime.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "fixtures/h1_test_util.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

using testing::make_temp_dir;
using testing::read_file;
using testing::run_command;
using testing::write_file;

const char kSource[] =
    "def f(a, b=2, *args, k, **kw):\n"
    "    try:\n"
    "        return [x * a for x in args if x] + [b, k]\n"
    "    except (TypeError, ValueError) as e:\n"
    "        raise RuntimeError('x') from e\n"
    "class C:\n"
    "    def m(self):\n"
    "        return f(1, k=3)\n"
    "big = 2 ** 100\n"
    "z = (1.5, 2j, 'h\\u00e9', b'\\x00', big in {1, 2}, ..., None)\n";

// Compiles `source_path` to `pyc_path` with py_compile; `mode` is a
// PycInvalidationMode name.
void py_compile(const std::string& source_path, const std::string& pyc_path,
                const std::string& mode = "TIMESTAMP") {
  int status = 0;
  run_command("python3.11 -c \"import py_compile as p; p.compile('" + source_path + "', cfile='" +
                  pyc_path + "', doraise=True, invalidation_mode=p.PycInvalidationMode." + mode +
                  ")\"",
              &status);
  ASSERT_EQ(status, 0);
}

class PycTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = make_temp_dir();
    ASSERT_FALSE(dir_.empty());
    source_ = dir_ + "/mod.py";
    pyc_ = dir_ + "/mod.pyc";
    write_file(source_, kSource);
    py_compile(source_, pyc_);
    image_ = read_file(pyc_);
    ASSERT_GT(image_.size(), 16u);
  }
  std::string load_error(const std::string& bytes) {
    std::string error;
    EXPECT_EQ(vm::load_pyc_bytes(vm_, bytes, &error), nullptr);
    EXPECT_FALSE(vm_.has_exception());
    EXPECT_FALSE(error.empty());
    return error;
  }

  VM vm_;
  std::string dir_, source_, pyc_, image_;
};

TEST_F(PycTest, LoadsRealPyc) {
  std::string error;
  Code* code = vm::load_pyc_file(vm_, pyc_, &error);
  ASSERT_NE(code, nullptr) << error;
  EXPECT_EQ(runtime::str_to_utf8(code->name), "<module>");
  EXPECT_EQ(runtime::str_to_utf8(code->filename), source_);
  EXPECT_EQ(code->verified, 1);
  int nested = 0;
  for (int64_t i = 0; i < code->consts->length; i++) {
    Value c = code->consts->at(i);
    if (c.is_object() && c.object()->type == vm_.types().code) {
      EXPECT_EQ(c.as<Code>()->verified, 1);
      nested++;
    }
  }
  EXPECT_EQ(nested, 2);  // f and the body of C
}

TEST_F(PycTest, HeaderErrors) {
  EXPECT_EQ(load_error(""), "file too short for a .pyc header (0 bytes)");
  EXPECT_EQ(load_error(image_.substr(0, 15)), "file too short for a .pyc header (15 bytes)");
  std::string bad_magic = image_;
  bad_magic[0] = '\xa8';
  EXPECT_EQ(load_error(bad_magic), "bad magic number (not a CPython 3.11 .pyc)");
  std::string bad_flags = image_;
  bad_flags[4] = 4;
  EXPECT_EQ(load_error(bad_flags), "bad flags 4 in .pyc header");
  EXPECT_EQ(load_error(image_ + "x"), "1 trailing bytes after marshal data");
  EXPECT_EQ(load_error(image_.substr(0, 16)), "EOF read where object expected");
  EXPECT_EQ(load_error(image_.substr(0, 16) + std::string("i\x01\0\0\0", 5)),
            "body is not a code object");
  std::string error;
  EXPECT_EQ(vm::load_pyc_file(vm_, dir_ + "/missing.pyc", &error), nullptr);
  EXPECT_NE(error.find("cannot read file"), std::string::npos);
  // Hash-based flags are accepted when loading directly.
  std::string hashed = image_;
  hashed[4] = 3;
  EXPECT_NE(vm::load_pyc_bytes(vm_, hashed, &error), nullptr) << error;
}

TEST_F(PycTest, TruncatedAtEveryLength) {
  for (size_t n = 0; n < image_.size(); n++) {
    std::string error;
    EXPECT_EQ(vm::load_pyc_bytes(vm_, image_.substr(0, n), &error), nullptr) << n;
    EXPECT_FALSE(error.empty()) << n;
    EXPECT_EQ(error.find('\n'), std::string::npos);
    ASSERT_FALSE(vm_.has_exception());
  }
}

TEST_F(PycTest, RandomMutationsNeverCrash) {
  uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&state]() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  int loaded = 0, rejected = 0;
  for (int round = 0; round < 1500; round++) {
    VM vm;  // a fresh VM bounds the memory a round can keep
    std::string mutated = image_;
    int flips = 1 + static_cast<int>(next() % 4);
    for (int k = 0; k < flips; k++) {
      size_t at = 16 + next() % (mutated.size() - 16);
      mutated[at] = static_cast<char>(next() & 0xFF);
    }
    std::string error;
    Code* code = vm::load_pyc_bytes(vm, mutated, &error);
    ASSERT_FALSE(vm.has_exception());
    if (code != nullptr) {
      loaded++;
    } else {
      ASSERT_FALSE(error.empty());
      rejected++;
    }
  }
  EXPECT_GT(rejected, 0);
  RecordProperty("loaded", loaded);
}

TEST(PycPathTest, CachedPath) {
  EXPECT_EQ(vm::cached_pyc_path("dir/mod.py"), "dir/__pycache__/mod.cpython-311.pyc");
  EXPECT_EQ(vm::cached_pyc_path("/a/b/x.y.py"), "/a/b/__pycache__/x.y.cpython-311.pyc");
  EXPECT_EQ(vm::cached_pyc_path("mod.py"), "__pycache__/mod.cpython-311.pyc");
  int status = 0;
  std::string expected = run_command(
      "python3.11 -c \"import importlib.util as u; print(u.cache_from_source("
      "'/tmp/q/spam.py'), end='')\"",
      &status);
  ASSERT_EQ(status, 0);
  EXPECT_EQ(vm::cached_pyc_path("/tmp/q/spam.py"), expected);
}

TEST(PycHashTest, SipHashMatchesImportlib) {
  int status = 0;
  std::string out = run_command(
      "python3.11 -c \"import importlib.util as u\n"
      "for n in range(40): print(u.source_hash(bytes(range(7, 7 + n))).hex())\"",
      &status);
  ASSERT_EQ(status, 0);
  size_t pos = 0;
  for (int n = 0; n < 40; n++) {
    size_t nl = out.find('\n', pos);
    ASSERT_NE(nl, std::string::npos);
    std::string expected_hex = out.substr(pos, nl - pos);
    pos = nl + 1;
    std::string data;
    for (int i = 0; i < n; i++) data.push_back(static_cast<char>(7 + i));
    uint64_t h = vm::pyc_source_hash(data);
    char hex[17];
    for (int i = 0; i < 8; i++)
      std::snprintf(hex + 2 * i, 3, "%02x", static_cast<unsigned>((h >> (8 * i)) & 0xFF));
    EXPECT_EQ(std::string(hex), expected_hex) << "length " << n;
  }
}

TEST_F(PycTest, FreshnessTimestamp) {
  EXPECT_TRUE(vm::pyc_is_fresh(source_, pyc_));
  EXPECT_FALSE(vm::pyc_is_fresh(source_, dir_ + "/none.pyc"));
  EXPECT_FALSE(vm::pyc_is_fresh(dir_ + "/none.py", pyc_));
  struct stat st;
  ASSERT_EQ(stat(source_.c_str(), &st), 0);
  struct utimbuf times = {st.st_atime, st.st_mtime + 10};
  ASSERT_EQ(utime(source_.c_str(), &times), 0);
  EXPECT_FALSE(vm::pyc_is_fresh(source_, pyc_));  // mtime changed
  py_compile(source_, pyc_);
  EXPECT_TRUE(vm::pyc_is_fresh(source_, pyc_));
  write_file(source_, std::string(kSource) + "#");
  ASSERT_EQ(utime(source_.c_str(), &times), 0);  // same mtime, new size
  EXPECT_FALSE(vm::pyc_is_fresh(source_, pyc_));
  std::string bad = read_file(pyc_);
  bad[4] = 4;
  write_file(pyc_, bad);
  EXPECT_FALSE(vm::pyc_is_fresh(source_, pyc_));
}

TEST_F(PycTest, FreshnessHashBased) {
  py_compile(source_, pyc_, "CHECKED_HASH");
  EXPECT_EQ(read_file(pyc_)[4], 3);
  EXPECT_TRUE(vm::pyc_is_fresh(source_, pyc_));
  std::string unchecked = dir_ + "/unchecked.pyc";
  py_compile(source_, unchecked, "UNCHECKED_HASH");
  EXPECT_EQ(read_file(unchecked)[4], 1);
  write_file(source_, std::string(kSource) + "x = 1\n");
  EXPECT_FALSE(vm::pyc_is_fresh(source_, pyc_));      // checked: source changed
  EXPECT_TRUE(vm::pyc_is_fresh(source_, unchecked));  // unchecked: trusted
}

// The acceptance test: every .py of the standard library, compiled by
// python3.11, must load and verify.
TEST(PycStdlibTest, EveryStdlibModuleLoadsAndVerifies) {
  const std::string src = "/usr/lib/python3.11";
  struct stat st;
  if (stat(src.c_str(), &st) != 0) GTEST_SKIP() << src << " is not installed";
  std::string out_dir = make_temp_dir();
  int status = 0;
  std::string counts = run_command(
      "python3.11 " + testing::fixture("compile_tree.py") + " " + src + " " + out_dir, &status);
  ASSERT_EQ(status, 0);
  std::vector<std::string> files;
  DIR* dir = opendir(out_dir.c_str());
  ASSERT_NE(dir, nullptr);
  while (dirent* entry = readdir(dir)) {
    std::string name = entry->d_name;
    if (name.size() > 4 && name.substr(name.size() - 4) == ".pyc") files.push_back(name);
  }
  closedir(dir);
  std::sort(files.begin(), files.end());
  EXPECT_GT(files.size(), 1000u);
  size_t ok = 0;
  for (size_t i = 0; i < files.size(); i++) {
    VM vm;
    std::string error;
    std::string path = out_dir + "/" + files[i];
    Code* code = vm::load_pyc_file(vm, path, &error);
    EXPECT_NE(code, nullptr) << files[i] << ": " << error;
    if (code != nullptr) ok++;
    std::remove(path.c_str());
  }
  rmdir(out_dir.c_str());
  RecordProperty("loaded", static_cast<int>(ok));
  if (!counts.empty() && counts.back() == '\n') counts.pop_back();
  std::printf(
      "stdlib acceptance: %zu of %zu modules load and verify (python3.11: compiled, skipped = "
      "%s)\n",
      ok, files.size(), counts.c_str());
}

}  // namespace
}  // namespace pyvm
