#pragma once
// consistency: within one article, a source term rendered two different ways that are
// both right ("foundry" as "Foundry" in two sentences and as "Auftragsfertiger" in a
// third), reported once, at the odd one out. The terms and their renderings are the
// literal-translation rule packs, dictionaries/<source>-<target>/literal.rules.
// Doc: check/consistency.md

#include <string>
#include <vector>

#include "check/check.h"
#include "check/literal_rules.h"

namespace tqc {

class ConsistencyCheck : public Check {
 public:
  explicit ConsistencyCheck(const CheckSetup& setup);
  // For tests: a check with the given rules.
  explicit ConsistencyCheck(std::vector<LiteralRule> rules);
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;

 private:
  std::vector<LiteralRule> rules_;
  // Per rule, per right rendering: its lower-case words, split at spaces and hyphens
  // as the segmenter splits "Foundry-Sparte".
  std::vector<std::vector<std::vector<std::string>>> renderings_;
};

}  // namespace tqc
