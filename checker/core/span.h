#pragma once
// A Span is a half-open range [begin, end) of UTF-8 byte offsets into one file.
// Every location in tqc (sentences, words, findings) is a Span into the file as it was
// read, so reporters can derive lines and columns and tools can slice the original bytes.

#include <cstddef>
#include <string_view>

namespace tqc {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
  bool contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
  bool overlaps(const Span& other) const { return begin < other.end && other.begin < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

inline std::string_view slice(std::string_view text, Span span) {
  return text.substr(span.begin, span.size());
}

}  // namespace tqc
