#include "check/source_copies.h"

#include <algorithm>

#include "core/unicode.h"

namespace tqc {
namespace {

std::size_t common_prefix(std::u32string_view a, std::u32string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

std::size_t common_suffix(std::u32string_view a, std::u32string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
  return n;
}

}  // namespace

SourceCopies::SourceCopies(const Bitext& bitext)
    : bitext_(bitext), vocabulary_(folded_vocabulary(bitext.source)) {
  for (const auto& word : vocabulary_)
    if (word.size() >= 5) sounds_.push_back(sound_fold(word));
  std::sort(sounds_.begin(), sounds_.end());
  sounds_.erase(std::unique(sounds_.begin(), sounds_.end()), sounds_.end());
}

std::string sound_fold(std::string_view word) {
  const std::string folded = fold(word);
  std::string out;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    const char next = i + 1 < folded.size() ? folded[i + 1] : '\0';
    char sound = c;
    if ((c == 'p' && next == 'h') || (c == 't' && next == 'h')) {
      sound = c == 'p' ? 'f' : 't';
      ++i;
    } else if (c == 'c' || c == 'q') {
      sound = 'k';
    } else if (c == 'y') {
      sound = 'i';
    } else if (c == 'z') {
      sound = 's';
    }
    if (out.empty() || out.back() != sound) out += sound;  // doubled letters once
  }
  return out;
}

bool SourceCopies::is_cognate_part(std::string_view part) const {
  const std::string sound = sound_fold(part);
  if (sound.size() < 5) return false;
  // At least 60% of the word, and five letters, shared with the start of a source word.
  const std::size_t needed = std::max<std::size_t>(5, (sound.size() * 6 + 9) / 10);
  const std::string key = sound.substr(0, needed);
  const auto it = std::lower_bound(sounds_.begin(), sounds_.end(), key);
  return it != sounds_.end() && it->starts_with(key);
}

bool SourceCopies::is_cognate(std::string_view word) const {
  if (is_cognate_part(word)) return true;
  const Language& language = bitext_.target.language;
  return !language
              .split_compound(word,
                              [&](std::string_view part) {
                                return language.knows(part) || is_copy(part) ||
                                       is_cognate_part(part);
                              })
              .empty();
}

bool SourceCopies::is_copy(std::string_view word) const {
  const std::string folded = fold(bitext_.target.language.bare(strip_possessive(word)));
  for (const auto& base : bitext_.target.language.base_forms(folded))
    if (vocabulary_.contains(base)) return true;
  return false;
}

bool SourceCopies::is_loanword(std::string_view word) const {
  const Language& source = bitext_.source.language;
  if (!source.speller || count_code_points(word) < 4) return false;
  const WordShape shape = shape_of(word);
  // German capitalises the nouns it borrows ("Snack", "Tweets"); a lower-case word that
  // only the source language knows is more likely a slip into it.
  if (bitext_.target.language.capitalizes_nouns && shape.first_upper && !shape.all_upper &&
      (source.knows(word) || source.knows(to_lower(word))))
    return true;
  // A borrowed verb, inflected the target's way: "getweetet", "postete".
  if (!shape.first_upper)
    for (const auto& stem : bitext_.target.language.loan_verb_stems(word))
      if (stem.size() >= 4 && source.knows(stem)) return true;
  return false;
}

bool SourceCopies::is_known(const Word& word, const Word* previous) const {
  const Language& language = bitext_.target.language;
  const std::string_view text = language.bare(strip_possessive(word.text));
  if (language.knows(word.text) || language.knows(text) || is_copy(text)) return true;
  if (is_loanword(text) || language.knows_separable_verb(text) || language.knows_derived(text)) return true;
  // "usw." and "v. Chr.": an abbreviation that the segmenter cut off its period.
  const std::string_view document = bitext_.target.document.text;
  if (word.span.end < document.size() && document[word.span.end] == '.' &&
      language.abbreviations.contains(std::string(word.text) + "."))
    return true;
  // A unit after a number: "5 mg", "12 km".
  if (previous && all_digits(previous->text) && !word.hyphen_before &&
      count_code_points(text) <= 3 && to_lower(text) == text)
    return true;
  // A compound's modifier before its hyphen: "Sicherheits-Update", "Abhol- und Lieferzeiten".
  if (word.hyphen_after && language.knows_modifier(text)) return true;
  // "19-stündigen": Hunspell knows the part only after a number word ("dreistündigen").
  if (previous && word.hyphen_before && all_digits(previous->text) &&
      !language.numeral_prefix.empty() &&
      language.knows(language.numeral_prefix + std::string(text)))
    return true;
  // Modifiers may be borrowed too ("Lockdownregeln", "Coronafälle"), but the head is the
  // target's own: "Whit" + "come" is no Spanish compound.
  const Language& source = bitext_.source.language;
  const auto target_part = [&](std::string_view part) {
    return language.knows(part) || language.knows(capitalize(part)) || is_copy(part) ||
           language.knows_derived(part);
  };
  const auto parts = language.split_compound(text, [&](std::string_view part) {
    return target_part(part) || (part.size() >= 5 && source.speller && source.knows(to_lower(part)));
  });
  return !parts.empty() && target_part(parts.back());
}

namespace {

// fold() plus the spelling changes a borrowed word goes through: "octagon" and "Oktagon",
// "Bozkir" and "Bozkır", "l'Ain" and "l’Ain". Doubled letters stay: "Threadnedle" is a typo.
std::string adaptation_fold(std::string_view word) {
  std::string folded = fold(word);
  std::string out;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    const char next = i + 1 < folded.size() ? folded[i + 1] : '\0';
    if ((c == 'p' || c == 't') && next == 'h') {
      out += c == 'p' ? 'f' : 't';
      ++i;
    } else if (c == 'c' || c == 'q') {
      out += 'k';
    } else if (c == 'y') {
      out += 'i';
    } else if (c == 'z') {
      out += 's';
    } else if (folded.compare(i, 2, "\xC4\xB1") == 0) {  // dotless ı
      out += 'i';
      ++i;
    } else if (folded.compare(i, 3, "\xE2\x80\x99") == 0 ||
               folded.compare(i, 3, "\xE2\x80\x98") == 0) {
      out += '\'';
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

bool is_ending(const Language& language, std::string_view ending) {
  if (ending.empty()) return true;
  if (ending.size() <= 2 && ending.find_first_not_of("aeiou") == std::string_view::npos)
    return true;
  for (const auto& inflection : language.inflections)
    if (inflection.add == ending) return true;
  return false;
}

}  // namespace

bool is_adaptation(std::string_view word, const Language& word_language, std::string_view original,
                   const Language& original_language) {
  const std::string a = adaptation_fold(word), b = adaptation_fold(original);
  if (a == b) return true;
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  // Languages adapt the ending of a borrowed word and inflect it their own way:
  // "Dexamethason" (dexamethasone), "Salmonellen" (salmonella), "Ingolstadt"
  // (Ingolstädter), "Receivern" (receivers). A typo is elsewhere ("Bundesnetzagentr").
  if (prefix < 5) return false;
  return is_ending(word_language, std::string_view(a).substr(prefix)) &&
         is_ending(original_language, std::string_view(b).substr(prefix));
}

const std::vector<Word>& SourceCopies::parts_of(const Word& source_word) const {
  if (const auto it = parts_.find(source_word.span.begin); it != parts_.end()) return it->second;
  const Language& source = bitext_.source.language;
  const std::string_view text = strip_possessive(source_word.text);
  const auto split = source.compound_split(text, [&](std::string_view part) { return source.knows(part); });
  std::vector<Word> parts;
  std::size_t offset = 0;  // of the part in `text`
  bool words_so_far = true;
  for (std::size_t k = 0; k < split.size(); offset += split[k].written.size(), ++k) {
    const std::string_view stem = split[k].stem();
    // Parts that are words of their own, not verb stems: "programing" is no copy of the
    // "Programmier" in "Programmiermodi".
    const bool word = source.knows(stem) || source.knows(capitalize(stem));
    words_so_far = words_so_far && word;
    if (word) parts.push_back({{source_word.span.begin + offset, source_word.span.begin + offset + stem.size()}, stem});
    if (words_so_far && k > 0 && k + 1 < split.size()) {  // the first parts together: "Kurgarten"
      const std::string_view run = text.substr(0, offset + stem.size());
      parts.push_back({{source_word.span.begin, source_word.span.begin + run.size()}, run});
    }
  }
  return parts_.emplace(source_word.span.begin, std::move(parts)).first->second;
}

bool SourceCopies::is_part_copy(std::string_view word, const std::vector<Word>& source_words) const {
  if (!bitext_.source.language.compounds) return false;
  const std::string folded = fold(bitext_.target.language.bare(strip_possessive(word)));
  if (count_code_points(folded) < 3) return false;
  for (const Word& source_word : source_words) {
    if (fold(source_word.text).find(folded) == std::string::npos) continue;  // cheap test first
    for (const Word& part : parts_of(source_word))
      if (fold(part.text) == folded) return true;
  }
  return false;
}

std::optional<Word> SourceCopies::closest_copy(std::string_view word,
                                               const std::vector<Word>& source_words) const {
  if (auto original = find_near_copy(word, source_words)) return original;
  if (!bitext_.source.language.compounds) return std::nullopt;
  std::vector<Word> parts;
  for (const Word& source_word : source_words) {
    const auto& more = parts_of(source_word);
    parts.insert(parts.end(), more.begin(), more.end());
  }
  return find_near_copy(word, parts);
}

std::optional<Word> SourceCopies::near_copy(std::string_view word,
                                            const std::vector<Word>& source_words) const {
  auto original = closest_copy(word, source_words);
  if (original && is_adaptation(word, bitext_.target.language, strip_possessive(original->text),
                                bitext_.source.language))
    return std::nullopt;
  return original;
}

std::optional<Word> find_near_copy(std::string_view word, const std::vector<Word>& source_words) {
  const std::string folded = fold(word);
  const std::u32string letters = to_code_points(folded);
  if (letters.size() < 4) return std::nullopt;
  std::optional<Word> best;
  std::size_t best_distance = 4;
  for (const Word& candidate : source_words) {
    const std::string other_folded = fold(strip_possessive(candidate.text));
    const std::u32string other = to_code_points(other_folded);
    if (other == letters || other.size() < 4 || other[0] != letters[0]) continue;
    const std::size_t distance = edit_distance(folded, other_folded);
    const std::size_t longest = std::max(letters.size(), other.size());
    if (distance > 3 || distance >= best_distance) continue;
    if (10 * distance > 3 * longest) continue;  // at least 70% alike
    // Typos sit together; transliterations ("Tschaikowski") change letters all over.
    const std::size_t kept = common_prefix(letters, other) + common_suffix(letters, other);
    if (kept + 2 * distance + 1 < longest) continue;
    best = candidate;
    best_distance = distance;
  }
  return best;
}

}  // namespace tqc
