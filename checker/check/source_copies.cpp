#include "check/source_copies.h"

#include <algorithm>

#include "core/unicode.h"

namespace tqc {
namespace {

std::size_t common_prefix(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

std::size_t common_suffix(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
  return n;
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

SourceCopies::SourceCopies(const Bitext& bitext)
    : bitext_(bitext), vocabulary_(folded_vocabulary(bitext.source)) {}

bool SourceCopies::is_copy(std::string_view word) const {
  const std::string folded = fold(strip_possessive(word));
  for (const auto& base : bitext_.target.language.base_forms(folded))
    if (vocabulary_.contains(base)) return true;
  return false;
}

bool SourceCopies::is_known(const Word& word, const Word* previous) const {
  const Language& language = bitext_.target.language;
  const std::string_view text = strip_possessive(word.text);
  if (language.knows(text) || is_copy(text)) return true;
  // "19-stündigen": Hunspell knows the part only after a number word ("dreistündigen").
  if (previous && word.hyphen_before && all_digits(previous->text) && !language.numeral_prefix.empty() &&
      language.knows(language.numeral_prefix + std::string(text)))
    return true;
  const auto parts = language.split_compound(text, [&](std::string_view part) {
    return language.knows(part) || is_copy(part);
  });
  return !parts.empty();
}

std::optional<Word> find_near_copy(std::string_view word, const std::vector<Word>& source_words) {
  const std::string folded = fold(word);
  const std::size_t length = count_code_points(folded);
  if (length < 4) return std::nullopt;
  std::optional<Word> best;
  std::size_t best_distance = 4;
  for (const Word& candidate : source_words) {
    const std::string other = fold(strip_possessive(candidate.text));
    if (other == folded || other.empty() || other[0] != folded[0]) continue;
    const std::size_t other_length = count_code_points(other);
    if (other_length < 4) continue;
    const std::size_t distance = edit_distance(folded, other);
    const std::size_t longest = std::max(length, other_length);
    if (distance > 3 || distance >= best_distance) continue;
    if (10 * distance > 3 * longest) continue;  // at least 70% alike
    // Typos sit together; transliterations ("Tschaikowski") change letters all over.
    const std::size_t kept = common_prefix(folded, other) + common_suffix(folded, other);
    if (kept + 2 * distance + 1 < std::max(folded.size(), other.size())) continue;
    best = candidate;
    best_distance = distance;
  }
  return best;
}

}  // namespace tqc
