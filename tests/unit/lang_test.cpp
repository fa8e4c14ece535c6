// Unit tests for the hash algorithms (runtime/hash_algorithms.cpp) and the
// codec helpers (runtime/codecs_unicode.cpp). Expected digests are
// python3.11's hashlib results for the same inputs.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "runtime/bytes_like.h"
#include "runtime/codecs.h"
#include "runtime/hash_algorithms.h"

namespace pyvm::runtime {
namespace {

std::string hex_digest(HashKind kind, const std::string& data, size_t length = 0,
                       size_t chunk = 0) {
  HashState state;
  hash_init(&state, kind);
  const auto* p = reinterpret_cast<const uint8_t*>(data.data());
  if (chunk == 0) chunk = data.size() + 1;
  for (size_t i = 0; i < data.size(); i += chunk) {
    hash_update(&state, p + i, std::min(chunk, data.size() - i));
  }
  return bytes_to_hex(hash_digest(state, length), "", 0);
}

TEST(HashAlgorithms, KnownDigestsOfAbc) {
  EXPECT_EQ(hex_digest(HashKind::kMd5, "abc"), "900150983cd24fb0d6963f7d28e17f72");
  EXPECT_EQ(hex_digest(HashKind::kSha1, "abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(hex_digest(HashKind::kSha224, "abc"),
            "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
  EXPECT_EQ(hex_digest(HashKind::kSha256, "abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(hex_digest(HashKind::kSha384, "abc"),
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358bae"
            "ca134c825a7");
  EXPECT_EQ(hex_digest(HashKind::kSha512, "abc"),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3"
            "c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  EXPECT_EQ(hex_digest(HashKind::kSha3_256, "abc"),
            "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532");
  EXPECT_EQ(hex_digest(HashKind::kShake128, "abc", 16), "5881092dd818bf5cf8a3ddb793fbcba7");
}

TEST(HashAlgorithms, ChunkingDoesNotChangeTheDigest) {
  std::string data(1000, 'a');
  const char* sha256 = "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3";
  const char* md5 = "cabe45dcc9ae5b66ba86600cca6b8ba8";
  for (size_t chunk : {size_t{0}, size_t{1}, size_t{7}, size_t{63}, size_t{64}, size_t{200}}) {
    EXPECT_EQ(hex_digest(HashKind::kSha256, data, 0, chunk), sha256) << chunk;
    EXPECT_EQ(hex_digest(HashKind::kMd5, data, 0, chunk), md5) << chunk;
    EXPECT_EQ(hex_digest(HashKind::kSha3_256, data, 0, chunk),
              "8f3934e6f7a15698fe0f396b95d8c4440929a8fa6eae140171c068b4549fbf81")
        << chunk;
  }
}

TEST(HashAlgorithms, DigestLeavesTheStateUsable) {
  HashState state;
  hash_init(&state, HashKind::kSha1);
  hash_update(&state, reinterpret_cast<const uint8_t*>("ab"), 2);
  std::string first = hash_digest(state);
  hash_update(&state, reinterpret_cast<const uint8_t*>("c"), 1);
  EXPECT_NE(first, hash_digest(state));
  EXPECT_EQ(bytes_to_hex(hash_digest(state), "", 0), "a9993e364706816aba3e25717850c26c9cd0d89d");
}

TEST(Codecs, NormalizesNamesAsCPython) {
  EXPECT_EQ(normalize_codec_name("UTF-8"), "utf_8");
  EXPECT_EQ(normalize_codec_name("  Latin 1 "), "latin_1");
  EXPECT_EQ(normalize_codec_name("x--y__z"), "x_y_z");
  EXPECT_EQ(normalize_codec_name("Ab1.2"), "ab1.2");
  EXPECT_EQ(normalize_codec_name("\xc3\x89\xc3\x89"), "");
}

TEST(Codecs, FastPathNames) {
  NativeCodec codec;
  EXPECT_TRUE(native_codec_for_name("utf8", &codec));
  EXPECT_EQ(codec, NativeCodec::kUtf8);
  EXPECT_TRUE(native_codec_for_name("ISO-8859-1", &codec));
  EXPECT_EQ(codec, NativeCodec::kLatin1);
  EXPECT_TRUE(native_codec_for_name("US_ASCII", &codec));
  EXPECT_EQ(codec, NativeCodec::kAscii);
  EXPECT_FALSE(native_codec_for_name("utf-16", &codec));
  EXPECT_FALSE(native_codec_for_name("cp1252", &codec));
}

}  // namespace
}  // namespace pyvm::runtime
