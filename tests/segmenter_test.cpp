#include "segment/segmenter.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tqc {
namespace {

std::vector<std::string> split(const std::string& text, const std::string& code) {
  const Document document = make_document("t.txt", code, text);
  const Segmenter segmenter(testing::language(code));
  std::vector<std::string> sentences;
  for (const Sentence& sentence : segmenter.sentences(document))
    sentences.emplace_back(document.slice(sentence.span));
  return sentences;
}

using Sentences = std::vector<std::string>;

TEST(Segmenter, SplitsSentencesWithinParagraphs) {
  EXPECT_EQ(split("One is here. Two is there!\nThree?\n", "en"),
            (Sentences{"One is here.", "Two is there!", "Three?"}));
}

TEST(Segmenter, KeepsAbbreviationsTogether) {
  EXPECT_EQ(split("Dr. Smith met Mr. Jones. They talked.", "en"),
            (Sentences{"Dr. Smith met Mr. Jones.", "They talked."}));
  EXPECT_EQ(split("Der Preis stieg um ca. 5 Mio. Euro. Das ist viel.", "de"),
            (Sentences{"Der Preis stieg um ca. 5 Mio. Euro.", "Das ist viel."}));
  EXPECT_EQ(split("Prof. Müller sprach mit Dr. Weber. Dann ging er.", "de"),
            (Sentences{"Prof. Müller sprach mit Dr. Weber.", "Dann ging er."}));
}

TEST(Segmenter, GermanOrdinalsAreNotSentenceEnds) {
  EXPECT_EQ(split("Das Treffen ist am 3. Oktober in Berlin. Es folgt der 2. Teil.", "de"),
            (Sentences{"Das Treffen ist am 3. Oktober in Berlin.", "Es folgt der 2. Teil."}));
}

TEST(Segmenter, BreaksAfterWordsThatIcuSuppressionsWouldJoin) {
  // ICU's @ss=standard suppressions merge these German sentence ends with the next one.
  EXPECT_EQ(split("Er kam erneut hierher. Zunächst blieb er. Das war im vergangenen Jahr. "
                  "Es war 10 Uhr. Dann ging er.",
                  "de"),
            (Sentences{"Er kam erneut hierher.", "Zunächst blieb er.", "Das war im vergangenen Jahr.",
                       "Es war 10 Uhr.", "Dann ging er."}));
  EXPECT_EQ(split("It happened in 2015. The court ruled later.", "en"),
            (Sentences{"It happened in 2015.", "The court ruled later."}));
}

TEST(Segmenter, WordsKnowTheirHyphens) {
  const Document document = make_document("t.txt", "de", "Der KI-Mogul und die Speicherchip- und Foundry-Sparte.");
  const Segmenter segmenter(testing::language("de"));
  const auto sentences = segmenter.sentences(document);
  ASSERT_EQ(sentences.size(), 1u);
  std::vector<std::string> words;
  for (const Word& word : sentences[0].words) words.emplace_back(word.text);
  EXPECT_EQ(words, (Sentences{"Der", "KI", "Mogul", "und", "die", "Speicherchip", "und", "Foundry", "Sparte"}));
  EXPECT_TRUE(sentences[0].words[1].hyphen_after);
  EXPECT_TRUE(sentences[0].words[2].hyphen_before);
  EXPECT_TRUE(sentences[0].words[5].hyphen_after);   // "Speicherchip- und": an ellipsis
  EXPECT_FALSE(sentences[0].words[6].hyphen_before);
}

TEST(Segmenter, TrimsNoBreakSpacesOffWords) {
  const Document document = make_document("t.txt", "fr", "Quel est l'objectif\u202f? Le voici\u00a0!");
  const Segmenter segmenter(testing::language("fr"));
  const auto sentences = segmenter.sentences(document);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].words.back().text, "l'objectif");
}

TEST(Segmenter, PresegmentedLinesAreSentences) {
  const Document document = make_document("t.txt", "en", "One. Two.\nThree.\n");
  const Segmenter segmenter(testing::language("en"));
  EXPECT_EQ(segmenter.lines(document).size(), 2u);
}

}  // namespace
}  // namespace tqc
