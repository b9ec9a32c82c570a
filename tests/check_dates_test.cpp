#include "check/dates.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tqc {
namespace {

using testing::flagged;
using testing::make_pair;
using testing::run;
using Texts = std::vector<std::string>;

class DatesTest : public ::testing::Test {
 protected:
  DatesCheck to_german{{testing::data_dir(), "en", "de"}};
  DatesCheck to_french{{testing::data_dir(), "en", "fr"}};
  DatesCheck to_spanish{{testing::data_dir(), "en", "es"}};
  DatesCheck to_english{{testing::data_dir(), "de", "en"}};

  std::vector<Finding> check(const DatesCheck& dates, const std::string& source, const std::string& target,
                             const std::string& source_language = "en", const std::string& target_language = "de") {
    pair_ = make_pair(source, target, source_language, target_language);
    return run(dates, *pair_);
  }
  Texts flagged_in(const std::vector<Finding>& findings) const { return flagged(*pair_, findings); }

  std::unique_ptr<testing::TestPair> pair_;
};

TEST_F(DatesTest, SameWeekdayIsClean) {
  EXPECT_TRUE(check(to_german, "The talks ended on Friday.", "Die Gespräche endeten am Freitag.").empty());
  EXPECT_TRUE(check(to_german, "They met on Friday evening.", "Sie trafen sich am Freitagabend.").empty());
  EXPECT_TRUE(
      check(to_german, "He spoke on Thursday afternoon.", "Er sprach am Donnerstagnachmittag.").empty());
  EXPECT_TRUE(check(to_french, "The talks ended on Friday.", "Les discussions ont pris fin vendredi.", "en", "fr")
                  .empty());
  EXPECT_TRUE(check(to_spanish, "The talks ended on Friday.", "Las conversaciones terminaron el viernes.", "en",
                    "es")
                  .empty());
}

TEST_F(DatesTest, ChangedWeekdayIsFlaggedWithTheRightName) {
  const auto findings = check(to_german, "The talks ended on Friday.", "Die Gespräche endeten am Donnerstag.");
  EXPECT_EQ(flagged_in(findings), (Texts{"Donnerstag"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].suggestions, (Texts{"Freitag"}));
  EXPECT_EQ(findings[0].category, "mistranslation");
  EXPECT_EQ(findings[0].severity, Severity::major);
  EXPECT_EQ(pair_->source.slice(*findings[0].source), "Friday");

  const auto compound = check(to_german, "They met on Friday evening.", "Sie trafen sich am Donnerstagabend.");
  ASSERT_EQ(compound.size(), 1u);
  EXPECT_EQ(compound[0].suggestions, (Texts{"Freitagabend"}));

  const auto french = check(to_french, "The talks ended on Friday.", "Les discussions ont pris fin jeudi.", "en", "fr");
  ASSERT_EQ(french.size(), 1u);
  EXPECT_EQ(french[0].suggestions, (Texts{"vendredi"}));
}

TEST_F(DatesTest, MonthsAreCompared) {
  EXPECT_TRUE(check(to_french, "Prices rose in June.", "Les prix ont augmenté en juin.", "en", "fr").empty());
  EXPECT_TRUE(check(to_spanish, "Prices rose in June.", "Los precios subieron en junio.", "en", "es").empty());
  EXPECT_TRUE(check(to_german, "Prices rose in June.", "Die Preise stiegen im Juni.").empty());
  const auto findings = check(to_german, "Prices rose in June.", "Die Preise stiegen im Juli.");
  EXPECT_EQ(flagged_in(findings), (Texts{"Juli"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].suggestions, (Texts{"Juni"}));
  const auto spanish = check(to_spanish, "Prices rose in June.", "Los precios subieron en julio.", "en", "es");
  ASSERT_EQ(spanish.size(), 1u);
  EXPECT_EQ(spanish[0].suggestions, (Texts{"junio"}));
}

TEST_F(DatesTest, MissingNameIsReportedAtTheTargetSentence) {
  const auto findings =
      check(to_german, "The plant opens in March.", "Das Werk wird eröffnet.");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(flagged_in(findings), (Texts{"Das Werk wird eröffnet."}));
  EXPECT_EQ(pair_->source.slice(*findings[0].source), "March");
}

TEST_F(DatesTest, AmbiguousWordsAreNoDates) {
  EXPECT_TRUE(check(to_german, "May I ask what Theresa May said?", "Darf ich fragen, was Theresa May sagte?").empty());
  EXPECT_TRUE(check(to_german, "Prices may rise, and protesters march.", "Die Preise könnten steigen, und Demonstranten marschieren.").empty());
  EXPECT_TRUE(check(to_german, "The vote is on May 5.", "Die Abstimmung ist am 5. Mai.").empty());
  EXPECT_TRUE(check(to_german, "The assembly is slow.", "Die Montage ist langsam.").empty());
  EXPECT_TRUE(check(to_spanish, "Placido Domingo sang.", "Plácido Domingo cantó.", "en", "es").empty());
  EXPECT_TRUE(check(to_french, "Mars is a planet.", "Mars est une planète.", "en", "fr").empty());
  EXPECT_TRUE(check(to_german, "Black Friday sales rose.", "Die Black-Friday-Verkäufe stiegen.").empty());
  EXPECT_TRUE(check(to_english, "Im Mai ging er.", "In May he left.", "de", "en").empty());
  EXPECT_TRUE(check(to_german, "Life changed after 9/11.", "Das Leben änderte sich nach dem 11. September.").empty());
  EXPECT_TRUE(check(to_german, "Sundays are for family.", "Sonntage sind für die Familie.").empty());
  const auto may = check(to_german, "The vote is in May.", "Die Abstimmung ist im Juni.");
  EXPECT_EQ(flagged_in(may), (Texts{"Juni"}));
}

TEST_F(DatesTest, GermanSourceToEnglish) {
  EXPECT_TRUE(check(to_english, "Am Freitagabend sprach er.", "He spoke on Friday evening.", "de", "en").empty());
  EXPECT_TRUE(check(to_english, "Sonntags ist zu.", "It is closed on Sundays.", "de", "en").empty());
  // "Montage" (assembly) in a compound is no Monday; "Sonntagsspiel" is a Sunday.
  EXPECT_TRUE(check(to_english, "Lesen Sie die Montageanleitung.", "Read the assembly instructions.", "de", "en").empty());
  EXPECT_EQ(check(to_english, "Das Sonntagsspiel fiel aus.", "The game was cancelled.", "de", "en").size(), 1u);
  const auto findings = check(to_english, "Im Mai stiegen die Preise.", "Prices rose in March.", "de", "en");
  EXPECT_EQ(flagged_in(findings), (Texts{"March"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].suggestions, (Texts{"May"}));
}

}  // namespace
}  // namespace tqc
