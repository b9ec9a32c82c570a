#pragma once
// Small Unicode helpers over UTF-8 strings, backed by ICU. The only place outside the
// language/ and segment/ folders that touches ICU types.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tqc {

// Byte offset of the first invalid UTF-8 sequence, or nullopt if `text` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

std::size_t count_code_points(std::string_view text);
std::u32string to_code_points(std::string_view text);

// Whether byte `i` of UTF-8 `text` starts a character (or is the end of the text).
bool is_char_start(std::string_view text, std::size_t i);
// Non-empty and ASCII digits only.
bool all_digits(std::string_view text);

// Case-folded, diacritics removed, ß -> ss: "Gießerei" and "GIESSEREI" fold alike.
std::string fold(std::string_view word);
std::string to_lower(std::string_view word);
// First letter upper-cased, the rest unchanged.
std::string capitalize(std::string_view word);

struct WordShape {
  bool has_letter = false;
  bool has_digit = false;
  bool first_upper = false;   // first letter is upper case
  bool inner_upper = false;   // an upper-case letter after the first letter ("ChatGPT")
  bool all_upper = false;     // every letter upper case, at least one letter
  bool any_lower = false;
};
WordShape shape_of(std::string_view word);

// Optimal-string-alignment edit distance over code points (adjacent swaps cost 1).
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace tqc
