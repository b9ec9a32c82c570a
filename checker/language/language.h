#pragma once
// What tqc knows about one language: its Hunspell dictionary and the data in
// dictionaries/<code>/ (abbreviations, word additions, inflection and compounding).

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "language/speller.h"

namespace tqc {

// A regular inflection: remove `strip` from the end of the base form, then append `add`
// ("y>ies" turns "foundry" into "foundries"; "en" turns "Gießerei" into "Gießereien").
struct Inflection {
  std::string strip;
  std::string add;
};

// One part of a compound as written in it, whose last `link` bytes are a linking element:
// "Arbeitsplatz" is {"Arbeits", 1} + {"platz", 0}.
struct CompoundPart {
  std::string_view written;
  std::size_t link = 0;
  // The part without its linking element: "Arbeit".
  std::string_view stem() const { return written.substr(0, written.size() - link); }
};

class Language {
 public:
  std::string code;                  // "de"
  std::string iso639_3;              // "deu": how dictionary packages name the language
  std::unique_ptr<Speller> speller;  // nullptr when no Hunspell dictionary is installed
  std::unordered_set<std::string> abbreviations;  // as written, with the final period
  std::unordered_set<std::string> extra_words;    // lower-cased additions to Hunspell
  std::vector<Inflection> inflections;
  std::vector<std::string> linking_elements;  // between compound parts: German "s", "es", "n"
  bool compounds = false;                     // the language writes compounds as one word
  bool capitalizes_nouns = false;             // German writes every noun capitalised
  std::vector<std::string> stem_endings;      // verb endings: "Ätz" is a stem of "ätzen"
  // Endings that make nouns of verb stems: "Bekämpfer" (bekämpfen), "Drahtung" (drahten).
  std::vector<std::string> derivations;
  std::unordered_set<std::string> ordinal_articles;  // "der", "am": "am 3. Mai" is no end
  std::string numeral_prefix;  // a number word that Hunspell compounds: "drei"stündigen
  double length_factor = 1.0;  // characters of a text in this language per English one

  std::vector<std::string> elisions;  // French "l'", "d'": written onto the next word
  // Verb particles written onto the verb, with "zu" between in the infinitive:
  // "weg" + "zu" + "locken", "ein" + "genetzt" (language.txt "separable-prefixes:").
  std::vector<std::string> separable_prefixes;
  // How the language inflects a borrowed verb stem: "ge+et" makes "getweetet" of "tweet"
  // (language.txt "loan-verb-forms:", prefix+suffix).
  std::vector<Inflection> loan_verb_forms;

  // The word without an elided article or a possessive: "l'utilité" -> "utilité",
  // "Germany's" -> "Germany".
  std::string_view bare(std::string_view word) const;
  // In Hunspell's dictionary or the additions, as written. Remembers its answers, so a
  // Language is for one thread at a time.
  bool knows(std::string_view word) const;
  // `word` is `base` or a regular inflection of it (language.txt); both lower case.
  bool inflects(std::string_view base, std::string_view word) const;
  // Also the irregular ones that Hunspell's stem() knows ("häuser" -> "haus"). Slower:
  // for matching terms and rules, not for every word pair.
  bool inflects_or_stems(std::string_view base, std::string_view word) const;
  // Candidate base forms of a lower-case `word`, the word itself first.
  std::vector<std::string> base_forms(std::string_view word) const;
  // Splits a compound into parts that `known` accepts, each as written in `word` (views
  // into it), with the fewest parts and then the longest shortest part, so
  // "Halbleitersparte" is "Halbleiter" + "sparte", not "Halb" + "leitersparte". A part is
  // accepted as written or capitalised ("platz" in "Arbeitsplatz"); a modifier also with a
  // linking element ("Arbeits") or as a verb stem ("Ätz" + "anlagen"). Empty when the
  // language has no compounds or no split works.
  std::vector<CompoundPart> compound_split(std::string_view word,
                                           const std::function<bool(std::string_view)>& known) const;
  // compound_split's parts as `known` accepted them: modifiers without their linking
  // element ("Verschwörung" + "vorwürfen").
  std::vector<std::string> split_compound(std::string_view word,
                                          const std::function<bool(std::string_view)>& known) const;
  // A compound part that the language knows: at least three bytes, and a word as written
  // or capitalised, or a compound of such ("gießerei" + "betrieb").
  bool knows_part(std::string_view part) const;
  // A compound's first part written alone before a hyphen ("Sicherheits-Update",
  // "Abhol- und Lieferzeiten"): a part it knows, also with a linking element or as a verb
  // stem.
  bool knows_modifier(std::string_view word) const;
  // A noun derived from a known verb by one of `derivations`: "Abpraller" from "abprallen".
  bool knows_derived(std::string_view word) const;
  // A word that `knows` or whose compound parts it knows.
  bool knows_or_compounds(std::string_view word) const;
  // A lower-case verb form with a separable particle: "wegzulocken", "eingenetzt".
  bool knows_separable_verb(std::string_view word) const;
  // The stems that `word` may be a loan-verb form of: "getweetet" -> "tweet".
  std::vector<std::string> loan_verb_stems(std::string_view word) const;
  // One edit (a letter dropped, added, changed or two swapped) from a word `knows`: a
  // typo, not a name ("Wissenschaflter"). Costs a few hundred look-ups: call it rarely.
  // `accept` replaces `knows` as the test of a candidate, where given.
  bool near_known(std::string_view word, const std::function<bool(std::string_view)>& accept = {}) const;

 private:
  mutable std::unordered_map<std::string, bool> known_;  // Hunspell's answers so far
  mutable std::unordered_map<std::string, std::vector<std::string>> stems_;  // lower-case stems by word
};

enum class Role {
  source,     // the dictionary tells names from words: its main one is enough
  target,     // spell-checked: every installed regional dictionary too (en_GB, de_CH)
  alignment,  // segmenting and aligning need no Hunspell dictionary at all
};

// Loads dictionaries/<code>/ under `data_dir` and the Hunspell dictionaries it names
// (language.txt "hunspell:", else <code>_<CODE>, else <code>), for the target also the
// installed <code>_<REGION> ones. Throws InputError for bad data.
Language load_language(const std::string& data_dir, const std::string& code,
                       Role role = Role::target);

}  // namespace tqc
