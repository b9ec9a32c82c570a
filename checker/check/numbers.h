#pragma once
// numbers: every number of the aligned source appears in the target with the same value,
// written for the target locale ("1,234.5" -> "1.234,5", "3.5 billion" -> "3,5
// Milliarden", "six" -> "sechs"), and no number appears in the target from nowhere.
// Locale separators and spelled-out numbers come from ICU; scale words and the rest from
// dictionaries/<lang>/numbers.txt. Doc: check/numbers.md

#include <memory>

#include "check/check.h"

namespace tqc {

class NumbersCheck : public Check {
 public:
  explicit NumbersCheck(const CheckSetup& setup);
  ~NumbersCheck() override;
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;

  // How one language writes numbers: separators, number words, scale words. Built once
  // per check, in numbers.cpp.
  struct Locale;

 private:
  std::unique_ptr<const Locale> source_;
  std::unique_ptr<const Locale> target_;
};

}  // namespace tqc
