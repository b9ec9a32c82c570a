#pragma once
// spelling: target words unknown to the target language's Hunspell dictionary, after
// allowing what the source explains. Doc: check/spelling.md

#include "check/check.h"

namespace tqc {

class SpellingCheck : public Check {
 public:
  explicit SpellingCheck(const CheckSetup&) {}
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;
};

// Whether a target word is a candidate for spell checking at all: it has letters, no
// digits, at least two letters, and is not an acronym.
bool is_spellable(std::string_view word);

}  // namespace tqc
