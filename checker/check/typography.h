#pragma once
// typography: the target locale's punctuation rules from dictionaries/<lang>/typography.txt
// (French no-break spaces before ; : ! ? », German „…“ quotes, Spanish ¿ ¡), and for every
// language doubled words, double spaces, unbalanced brackets and quotes, and a sentence
// that ends differently from its source ("?" -> "."). Doc: check/typography.md

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "check/check.h"

namespace tqc {

class TypographyCheck : public Check {
 public:
  explicit TypographyCheck(const CheckSetup& setup);
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;

  // One language's rules.
  struct Rules {
    std::unordered_map<char32_t, char32_t> space_before;  // "?" -> U+202F
    std::unordered_map<char32_t, char32_t> space_after;   // "«" -> U+00A0
    std::u32string pairs;                // open and close, two by two: "()[]„“"
    std::u32string foreign_quotes;       // open and close of quotes another language uses
    std::u32string quotes;               // the language's own open and close, for fixes
    std::u32string apostrophe_lookalikes;  // closing quotes written for "’": "Villa‘s"
    std::unordered_map<char32_t, char32_t> opening_marks;  // "?" -> "¿"
    std::unordered_set<std::string> repeats;              // "nous nous": grammatical
  };

 private:
  Rules source_;
  Rules target_;
};

}  // namespace tqc
