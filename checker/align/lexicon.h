#pragma once
// A bilingual word list, used by the aligner as evidence that two sentences translate
// each other. Read at run time from Debian's dictionary packages where installed, so a
// pair without one still aligns on lengths, numbers, names and cognates.

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/string_hash.h"

namespace tqc {

class Lexicon {
 public:
  // Both words are folded (see fold()); single words only.
  void add(const std::string& source, const std::string& target);
  void add(const std::string& source, std::span<const std::string> targets);
  // Folded translations of a folded source word, or nullptr.
  const std::vector<std::string>* translations(std::string_view source) const;
  std::size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> entries_;
};

// Reads the Ding list (trans-de-en: /usr/share/trans/de-en, both directions), or else FreeDict
// dictd files (/usr/share/dictd/freedict-<src>-<tgt>.index and .dict.dz, and the reverse
// dictionary read backwards) for the pair,
// given as ISO 639-3 codes ("deu", "fra"). Missing files give an empty lexicon; the folder
// is a parameter for tests.
Lexicon load_lexicon(const std::string& source_iso3, const std::string& target_iso3,
                     const std::string& share_dir = "/usr/share");

// One Ding line ("Haus {n}; Zuhause {n} | Häuser {pl} :: house; home | houses") into
// `lexicon`, German to English when `german_first`, else English to German.
void add_ding_line(std::string_view line, bool german_first, Lexicon& lexicon);

// One dictd article of a FreeDict dictionary: a head line, then translations; `reversed`
// adds the pairs the other way round (a French-German dictionary read for German-French).
void add_freedict_article(std::string_view headword, std::string_view article, bool reversed, Lexicon& lexicon);

}  // namespace tqc
