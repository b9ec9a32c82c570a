#include "check/copied_term_typo.h"

#include "check/source_copies.h"
#include "check/spelling.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"copied-term-typo", "misspelling", Severity::major,
                      "misspelled copies of names and terms from the source"};

}  // namespace

const CheckInfo& CopiedTermTypoCheck::info() const { return kInfo; }

void CopiedTermTypoCheck::run(const Bitext& bitext, Reporter& reporter) const {
  // Without a dictionary every word looks unknown, and near copies are guesses.
  if (!bitext.target.language.speller) return;
  const SourceCopies copies(bitext);
  for (const Bead& bead : bitext.beads) {
    // One sentence of context each way absorbs small alignment slips.
    const std::vector<Word> source_words = bitext.source_context(bead, 1);
    const std::vector<Word> words = bitext.target_words(bead);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const Word& word = words[i];
      if (!is_spellable(word.text) || copies.is_known(word, i > 0 ? &words[i - 1] : nullptr)) continue;
      if (copies.is_part_copy(word.text, source_words)) continue;
      const auto original = copies.near_copy(word.text, source_words);
      if (!original) continue;
      const std::string_view source_form = strip_possessive(original->text);
      const Span source_span{original->span.begin, original->span.begin + source_form.size()};
      reporter.report(word.span, source_span,
                      "'" + std::string(word.text) + "' looks like a misspelled copy of '" +
                          std::string(source_form) + "' in the source",
                      {std::string(source_form)});
    }
  }
}

}  // namespace tqc
