#pragma once
// A hash for unordered containers of std::string keys that finds them by string_view,
// without building a std::string for each look-up:
// std::unordered_map<std::string, T, StringHash, std::equal_to<>>.

#include <cstddef>
#include <functional>
#include <string_view>

namespace tqc {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

}  // namespace tqc
