#pragma once
// copied-term-typo: a target word that is no known word and is a small edit away from a
// word of the aligned source: a misspelled copy of a name or term, fixed from the source.
// Doc: check/copied_term_typo.md

#include "check/check.h"

namespace tqc {

class CopiedTermTypoCheck : public Check {
 public:
  explicit CopiedTermTypoCheck(const CheckSetup&) {}
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;
};

}  // namespace tqc
