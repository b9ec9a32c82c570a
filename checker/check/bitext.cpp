#include "check/bitext.h"

#include <algorithm>

#include "core/unicode.h"

namespace tqc {
namespace {

std::vector<Word> words_of(const std::vector<Sentence>& sentences, std::size_t begin,
                           std::size_t end) {
  std::vector<Word> words;
  for (std::size_t i = begin; i < end; ++i)
    words.insert(words.end(), sentences[i].words.begin(), sentences[i].words.end());
  return words;
}

Span span_of(const std::vector<Sentence>& sentences, std::size_t begin, std::size_t end) {
  if (begin >= end) return {};
  return {sentences[begin].span.begin, sentences[end - 1].span.end};
}

}  // namespace

std::vector<Word> Bitext::source_words(const Bead& bead) const {
  return words_of(source.sentences, bead.source_begin, bead.source_end);
}

std::vector<Word> Bitext::target_words(const Bead& bead) const {
  return words_of(target.sentences, bead.target_begin, bead.target_end);
}

Span Bitext::source_span(const Bead& bead) const {
  return span_of(source.sentences, bead.source_begin, bead.source_end);
}

Span Bitext::target_span(const Bead& bead) const {
  return span_of(target.sentences, bead.target_begin, bead.target_end);
}

std::vector<Word> Bitext::source_context(const Bead& bead, std::size_t radius) const {
  const std::size_t begin = bead.source_begin > radius ? bead.source_begin - radius : 0;
  const std::size_t end = std::min(source.sentences.size(), bead.source_end + radius);
  return words_of(source.sentences, begin, end);
}

std::string_view strip_possessive(std::string_view word) {
  // "‘s" is a typist's wrong mark for "’s": still a possessive (typography reports it).
  for (std::string_view ending : {"'s", "’s", "‘s", "'", "’"})
    if (word.size() > ending.size() + 1 && word.ends_with(ending))
      return word.substr(0, word.size() - ending.size());
  return word;
}

std::unordered_set<std::string> folded_vocabulary(const BitextSide& side) {
  std::unordered_set<std::string> vocabulary;
  for (const Sentence& sentence : side.sentences)
    for (const Word& word : sentence.words) vocabulary.insert(fold(strip_possessive(word.text)));
  return vocabulary;
}

}  // namespace tqc
