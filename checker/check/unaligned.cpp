#include "check/unaligned.h"

#include <algorithm>
#include <unordered_set>

#include "core/unicode.h"

namespace tqc {
namespace {

const CheckInfo kOmission{"omission", "omission", Severity::major,
                          "source sentences that the translation leaves out"};
const CheckInfo kAddition{"addition", "addition", Severity::minor,
                          "target sentences that translate nothing in the source"};

// A byline, a caption or "[ad_1]" that moved or went is not news left out.
constexpr std::size_t kMinimumWords = 8;

std::size_t letter_words(const Sentence& sentence) {
  return static_cast<std::size_t>(std::count_if(sentence.words.begin(), sentence.words.end(),
                                                [](const Word& w) { return shape_of(w.text).has_letter; }));
}

// Numbers and capitalised words: what a sentence merged into a neighbour would bring.
std::vector<std::string> anchors(const Sentence& sentence) {
  std::vector<std::string> result;
  for (std::size_t i = 0; i < sentence.words.size(); ++i) {
    const Word& word = sentence.words[i];
    const WordShape shape = shape_of(word.text);
    if (shape.has_digit || (i > 0 && shape.first_upper) || shape.all_upper) result.push_back(fold(word.text));
  }
  return result;
}

// True when most anchors of `sentence` appear in the other side's sentences around
// `position`: the aligner left it unmatched, but its content is there, merged nearby.
bool content_nearby(const Sentence& sentence, const std::vector<Sentence>& other, std::size_t position) {
  const auto wanted = anchors(sentence);
  if (wanted.empty()) return false;
  std::unordered_set<std::string> nearby;
  const std::size_t begin = position > 2 ? position - 2 : 0;
  const std::size_t end = std::min(other.size(), position + 2);
  for (std::size_t i = begin; i < end; ++i)
    for (const Word& word : other[i].words) nearby.insert(fold(word.text));
  const auto found = std::count_if(wanted.begin(), wanted.end(), [&](const std::string& a) { return nearby.contains(a); });
  return 2 * static_cast<std::size_t>(found) >= wanted.size();
}

}  // namespace

const CheckInfo& OmissionCheck::info() const { return kOmission; }

void OmissionCheck::run(const Bitext& bitext, Reporter& reporter) const {
  for (const Bead& bead : bitext.beads) {
    if (bead.target_size() != 0 || bead.source_size() == 0) continue;
    for (std::size_t s = bead.source_begin; s < bead.source_end; ++s) {
      const Sentence& sentence = bitext.source.sentences[s];
      if (letter_words(sentence) < kMinimumWords) continue;
      if (content_nearby(sentence, bitext.target.sentences, bead.target_begin)) continue;
      // The finding sits where the sentence should be: the start of the next target
      // sentence (or the end of the text).
      const std::size_t at = bead.target_begin < bitext.target.sentences.size()
                                 ? bitext.target.sentences[bead.target_begin].span.begin
                                 : bitext.target.sentences.back().span.end;
      reporter.report({at, at}, sentence.span,
                      "this source sentence has no translation: '" + std::string(bitext.source.text(sentence.span)) + "'");
    }
  }
}

const CheckInfo& AdditionCheck::info() const { return kAddition; }

void AdditionCheck::run(const Bitext& bitext, Reporter& reporter) const {
  for (const Bead& bead : bitext.beads) {
    if (bead.source_size() != 0 || bead.target_size() == 0) continue;
    for (std::size_t t = bead.target_begin; t < bead.target_end; ++t) {
      const Sentence& sentence = bitext.target.sentences[t];
      if (letter_words(sentence) < kMinimumWords) continue;
      if (content_nearby(sentence, bitext.source.sentences, bead.source_begin)) continue;
      reporter.report(sentence.span, std::nullopt, "this sentence translates nothing in the source", {""});
    }
  }
}

}  // namespace tqc
