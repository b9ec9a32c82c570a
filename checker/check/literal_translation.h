#pragma once
// literal-translation: a source term used in a domain sense, rendered by a word that is
// right only in another sense ("foundry" in a chip story as "Gießerei"). Rules are data:
// dictionaries/<source>-<target>/literal.rules. Doc: check/literal_translation.md

#include <string>
#include <string_view>
#include <vector>

#include "check/check.h"
#include "check/literal_rules.h"

namespace tqc {

class LiteralTranslationCheck : public Check {
 public:
  explicit LiteralTranslationCheck(const CheckSetup& setup);
  // For tests: a check with the given rules.
  LiteralTranslationCheck(std::vector<LiteralRule> rules, std::string pair);
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;

 private:
  std::vector<LiteralRule> rules_;
  std::string pair_;  // "en-de", for citing the rule pack
};

// `word` is `lemma` inflected, or a compound with `lemma` as its first or last part
// ("Gießereien", "Gießereibetrieb", "Metallgießerei" for "gießerei"). `lemma` is lower
// case; `word` any case.
bool matches_lemma(const Language& language, std::string_view lemma, std::string_view word);

// The words lower case and bared (see Language::bare), as find_phrase takes them.
std::vector<std::string> lowered(const Language& language, const std::vector<Word>& words);

// Where the words of `phrase` occur in a row in `words` (lower case, bared: see
// Language::bare): the index of the first word of each occurrence.
std::vector<std::size_t> find_phrase(const Language& language, const std::vector<std::string>& phrase,
                                     const std::vector<std::string>& words);

}  // namespace tqc
