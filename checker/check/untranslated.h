#pragma once
// untranslated: a target sentence, or a stretch of five or more words of one, left in the
// source language. Which language a word is in comes from both dictionaries: the source
// language knows it and the target language does not. Doc: check/untranslated.md

#include <string>

#include "check/check.h"

namespace tqc {

class UntranslatedCheck : public Check {
 public:
  explicit UntranslatedCheck(const CheckSetup& setup);
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;

 private:
  std::string source_name_;  // "English": the language a finding names
};

}  // namespace tqc
