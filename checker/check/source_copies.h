#pragma once
// What a translation may copy from its source (names, brands, English terms kept in
// German) and near misses of it. Shared by the spelling and copied-term-typo checks, so
// that a misspelled copy is reported once, by copied-term-typo, with the source's form.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "check/bitext.h"

namespace tqc {

class SourceCopies {
 public:
  explicit SourceCopies(const Bitext& bitext);

  // The word, or a regular inflection of it, occurs in the source ("Lees" for "Lee's").
  bool is_copy(std::string_view word) const;
  // Known to the target language, copied from the source, or a compound of such parts
  // ("Verschwörungsvorwürfen", "Lockdownregeln"), or a number compound ("19-stündigen").
  bool is_known(const Word& word, const Word* previous) const;
  // A translated cognate of a source word: "Dekarbonisierung" for "decarbonisation",
  // or a compound of known words and such cognates ("Kupolofen" for "cupola furnace").
  // Spelling only: a misspelled copy is a cognate too, so check find_near_copy first.
  bool is_cognate(std::string_view word) const;
  // A compound part of a source word, or its first parts, copied as written (folded):
  // "Kurgarten" of "Kurgartencafés".
  bool is_part_copy(std::string_view word, const std::vector<Word>& source_words) const;
  // The source word, or where the source language writes compounds the part of one, that
  // `word` is a misspelled copy of (find_near_copy): "Corona" in "Coronavirus" for
  // "corna". A part's Word spans the part.
  std::optional<Word> closest_copy(std::string_view word, const std::vector<Word>& source_words) const;
  // closest_copy, less the borrowed forms ("Dexamethason" for "dexamethasone").
  std::optional<Word> near_copy(std::string_view word, const std::vector<Word>& source_words) const;

 private:
  const Bitext& bitext_;
  // The compound parts of a source word and its runs of first parts ("Kur", "garten",
  // "Kurgarten", "cafés"), each as a Word spanning it; remembered by the word's start.
  const std::vector<Word>& parts_of(const Word& source_word) const;
  mutable std::unordered_map<std::size_t, std::vector<Word>> parts_;
  // A word the source language's dictionary knows, borrowed the target's way:
  // "Snack", "Tweets", "getweetet".
  bool is_loanword(std::string_view word) const;
  bool is_cognate_part(std::string_view part) const;

  std::unordered_set<std::string> vocabulary_;  // folded source words
  std::vector<std::string> sounds_;             // sound_fold of the longer source words
};

// Folds spellings that languages write differently for one sound: "decarbonisation" and
// "Dekarbonisierung" both start "dekarbonis".
std::string sound_fold(std::string_view word);

// `word` is `original` borrowed into another language, not a misspelled copy of it: the
// same letters but for spelling changes (c -> k) and each language's ending.
bool is_adaptation(std::string_view word, const Language& word_language, std::string_view original,
                   const Language& original_language);

// The source word that `word` is a misspelled copy of, if any: not the same word, same
// first letter, at most three edits that sit together, and at least 70% alike.
std::optional<Word> find_near_copy(std::string_view word, const std::vector<Word>& source_words);

}  // namespace tqc
