#include "core/unicode.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <vector>

namespace tqc {
namespace {

std::u32string code_points(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  int32_t i = 0;
  const auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  int32_t i = 0;
  const auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::nullopt;
}

std::u32string to_code_points(std::string_view text) { return code_points(text); }

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char byte : text) count += (byte & 0xC0) != 0x80;
  return count;
}

bool is_char_start(std::string_view text, std::size_t i) {
  return i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string fold(std::string_view word) {
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string ascii(word);  // the common case, without ICU
    for (char& c : ascii) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return ascii;
  }
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  text.foldCase();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return to_utf8(text);
  icu::UnicodeString decomposed = nfd->normalize(text, status);
  if (U_FAILURE(status)) return to_utf8(text);
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    if (u_getCombiningClass(c) == 0 && u_charType(c) != U_NON_SPACING_MARK) stripped.append(c);
    i += U16_LENGTH(c);
  }
  return to_utf8(stripped);
}

std::string to_lower(std::string_view word) {
  return to_utf8(icu::UnicodeString::fromUTF8(word).toLower(icu::Locale::getRoot()));
}

std::string capitalize(std::string_view word) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  if (text.isEmpty()) return {};
  const UChar32 first = text.char32At(0);
  icu::UnicodeString out;
  out.append(u_toupper(first));
  out.append(text, U16_LENGTH(first), INT32_MAX);
  return to_utf8(out);
}

WordShape shape_of(std::string_view word) {
  WordShape shape;
  bool first_letter = true;
  bool all_upper = true;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(word.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(word.data(), i, length, c);
    if (c < 0) continue;
    if (u_isdigit(c)) shape.has_digit = true;
    if (!u_isalpha(c)) continue;
    shape.has_letter = true;
    const bool upper = u_isupper(c) || u_istitle(c);
    if (first_letter) shape.first_upper = upper;
    else if (upper) shape.inner_upper = true;
    if (u_islower(c)) shape.any_lower = true;
    all_upper = all_upper && upper;
    first_letter = false;
  }
  shape.all_upper = shape.has_letter && all_upper;
  return shape;
}

std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
  const std::u32string a = code_points(a_text);
  const std::u32string b = code_points(b_text);
  const std::size_t n = a.size(), m = b.size();
  // Three rolling rows: the one before the previous is needed for transpositions.
  std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[m];
}

}  // namespace tqc
