#include "check/copied_term_typo.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tqc {
namespace {

using testing::flagged;
using testing::make_pair;
using testing::run;
using Texts = std::vector<std::string>;

class CopiedTermTypoTest : public ::testing::Test {
 protected:
  CopiedTermTypoCheck check{{testing::data_dir(), "en", "de"}};
};

TEST_F(CopiedTermTypoTest, FixComesFromTheSource) {
  const auto pair = make_pair("Last year SK led the market for High-Bandwidth Memory (HBM) chips.",
                              "Im vergangenen Jahr führte SK den Markt für High-Bandwidwid Memory (HBM)-Chips an.");
  const auto findings = run(check, *pair);
  ASSERT_EQ(flagged(*pair, findings), (Texts{"Bandwidwid"}));
  EXPECT_EQ(findings[0].suggestions, (Texts{"Bandwidth"}));
  ASSERT_TRUE(findings[0].source.has_value());
  EXPECT_EQ(pair->source.slice(*findings[0].source), "Bandwidth");
}

TEST_F(CopiedTermTypoTest, SwappedLettersInAName) {
  const auto pair = make_pair("ASML builds Extreme Ultraviolet machines.",
                              "ASML baut Extreme-Ultravoilet-Anlagen.");
  EXPECT_EQ(flagged(*pair, run(check, *pair)), (Texts{"Ultravoilet"}));
}

TEST_F(CopiedTermTypoTest, CorrectCopiesInflectionsAndTranslationsStayClean) {
  const auto pair = make_pair(
      "Lee's lawyers met Nvidia in Kyiv, said the Province of Gyeonggi.",
      "Lees Anwälte trafen Nvidia in Kiew, teilte die Provinz Gyeonggi mit.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST_F(CopiedTermTypoTest, SourceSpanLeavesOutThePossessive) {
  const auto pair = make_pair("Scholz's coalition met on Monday.", "Die Koalition von Schloz traf sich am Montag.");
  const auto findings = run(check, *pair);
  ASSERT_EQ(flagged(*pair, findings), (Texts{"Schloz"}));
  EXPECT_EQ(pair->source.slice(*findings[0].source), "Scholz");
  EXPECT_EQ(findings[0].suggestions, (Texts{"Scholz"}));
}

TEST_F(CopiedTermTypoTest, TransliterationsAreNotTypos) {
  const auto pair = make_pair("The orchestra played Tchaikovsky.", "Das Orchester spielte Tschaikowski.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST_F(CopiedTermTypoTest, OtherPairs) {
  CopiedTermTypoCheck to_english{{testing::data_dir(), "de", "en"}};
  const auto en = make_pair("Die Bundesnetzagentur prüft den Antrag.",
                            "The Bundesnetzagentr is reviewing the application.", "de", "en");
  EXPECT_EQ(flagged(*en, run(to_english, *en)), (Texts{"Bundesnetzagentr"}));
  CopiedTermTypoCheck to_spanish{{testing::data_dir(), "en", "es"}};
  const auto es = make_pair("Coach Whitcombe praised the team.", "El entrenador Whitcome elogió al equipo.", "en", "es");
  EXPECT_EQ(flagged(*es, run(to_spanish, *es)), (Texts{"Whitcome"}));
}

TEST_F(CopiedTermTypoTest, PartsOfSourceCompounds) {
  CopiedTermTypoCheck to_english{{testing::data_dir(), "de", "en"}};
  // The first part of "Kurgartencafés", copied as written, is no typo of "Kurgäste".
  const auto part = make_pair("Die Kurgäste winken, wenn sie auf der Kutsche des Kurgartencafés mitfährt.",
                              "The spa guests wave when she rides in the carriage of the Kurgarten Café.", "de", "en");
  EXPECT_TRUE(run(to_english, *part).empty());
  // A misspelled copy of a part is fixed from the part.
  const auto typo = make_pair("Wegen der Coronavirus-Pandemie findet das Spiel ohne Zuschauer statt.",
                              "Because of the corna virus epidemic, the match will be played without spectators.", "de",
                              "en");
  const auto findings = run(to_english, *typo);
  ASSERT_EQ(flagged(*typo, findings), (Texts{"corna"}));
  EXPECT_EQ(findings[0].suggestions, (Texts{"Corona"}));
  ASSERT_TRUE(findings[0].source.has_value());
  EXPECT_EQ(typo->source.slice(*findings[0].source), "Corona");
  // A verb stem in a compound is no word to copy: "Programmier" in "Programmiermodi".
  const auto stem = make_pair("Er beherrscht alle Programmiermodi.", "It is proficient in all programing modes.", "de", "en");
  EXPECT_TRUE(run(to_english, *stem).empty());
}

TEST_F(CopiedTermTypoTest, BorrowedFormsAreNoTypos) {
  CopiedTermTypoCheck check{{testing::data_dir(), "en", "de"}};
  const auto pair = make_pair("Patients got dexamethasone and salmonella tests in the octagon.",
                              "Patienten bekamen Dexamethason und Salmonellen-Tests im Oktagon.");
  EXPECT_TRUE(run(check, *pair).empty());
  const auto typo = make_pair("Patients got dexamethasone.", "Patienten bekamen Dexamethasnoe.");
  EXPECT_EQ(flagged(*typo, run(check, *typo)), (Texts{"Dexamethasnoe"}));
}

}  // namespace
}  // namespace tqc
