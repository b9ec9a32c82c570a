#pragma once
// Segmentation: paragraphs into sentences (ICU's sentence rules, corrected with the
// language's abbreviations and ordinals) and sentences into words (ICU's word rules).

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "read/document.h"
#include "segment/sentence.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace tqc {

class Language;

class Segmenter {
 public:
  explicit Segmenter(const Language& language);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  std::vector<Sentence> sentences(const Document& document) const;
  // Each input line (paragraph) is one sentence, as in pre-segmented gold data.
  std::vector<Sentence> lines(const Document& document) const;
  std::vector<Word> words(std::string_view text, Span span) const;

 private:
  bool keeps_together(std::string_view before, std::string_view after) const;

  const Language& language_;
  std::unordered_set<std::string> month_names_;  // lower case, full and abbreviated
  std::unique_ptr<icu::BreakIterator> sentence_breaker_;
  std::unique_ptr<icu::BreakIterator> word_breaker_;
};

}  // namespace tqc
