#include <gtest/gtest.h>

#include "check/numbers.h"
#include "test_support.h"

namespace tqc {
namespace {

using testing::flagged;
using testing::make_pair;
using testing::run;
using Texts = std::vector<std::string>;

class NumbersTest : public ::testing::Test {
 protected:
  NumbersCheck to_german{{testing::data_dir(), "en", "de"}};
  NumbersCheck to_french{{testing::data_dir(), "en", "fr"}};
  NumbersCheck to_spanish{{testing::data_dir(), "en", "es"}};
  NumbersCheck to_english{{testing::data_dir(), "de", "en"}};

  std::vector<Finding> check(const NumbersCheck& numbers, const std::string& source,
                             const std::string& target, const std::string& source_language = "en",
                             const std::string& target_language = "de") {
    pair_ = make_pair(source, target, source_language, target_language);
    return run(numbers, *pair_);
  }
  Texts flagged_in(const std::vector<Finding>& findings) const { return flagged(*pair_, findings); }

  std::unique_ptr<testing::TestPair> pair_;
};

TEST_F(NumbersTest, SeparatorsOfEachLocaleAreFine) {
  EXPECT_TRUE(
      check(to_german, "Sales rose to 1,234.5 tons.", "Der Absatz stieg auf 1.234,5 Tonnen.")
          .empty());
  EXPECT_TRUE(check(to_french, "Sales rose to 1,234.5 tons.",
                    "Les ventes ont atteint 1\u202F234,5 tonnes.", "en", "fr")
                  .empty());
  EXPECT_TRUE(check(to_french, "It cost 2,500 euros.", "Cela a coûté 2\u00A0500 euros.", "en", "fr")
                  .empty());
  EXPECT_TRUE(
      check(to_spanish, "It cost 12,500 euros.", "Costó 12.500 euros.", "en", "es").empty());
  EXPECT_TRUE(
      check(to_german, "Inflation was 5% in 2015.", "Die Inflation lag 2015 bei 5 %.").empty());
  EXPECT_TRUE(
      check(to_german, "Prices rose 5 percent.", "Die Preise stiegen um 5 Prozent.").empty());
}

TEST_F(NumbersTest, ScaleWordsAreCompared) {
  EXPECT_TRUE(check(to_german, "The deal is worth 3.5 billion euros.",
                    "Der Deal ist 3,5 Milliarden Euro wert.")
                  .empty());
  EXPECT_TRUE(check(to_german, "Revenue was $2.4 billion.", "Der Umsatz betrug 2,4 Mrd. US-Dollar.")
                  .empty());
  EXPECT_TRUE(check(to_german, "It has 1.2m users.", "Es hat 1,2 Millionen Nutzer.").empty());
  EXPECT_TRUE(check(to_spanish, "The town has 3.5 million people.",
                    "La ciudad tiene 3,5 millones de habitantes.", "en", "es")
                  .empty());
  EXPECT_TRUE(check(to_spanish, "It costs 2 billion dollars.", "Cuesta 2 mil millones de dólares.",
                    "en", "es")
                  .empty());
  EXPECT_TRUE(
      check(to_french, "It costs 2 billion euros.", "Cela coûte 2 milliards d'euros.", "en", "fr")
          .empty());
  EXPECT_TRUE(check(to_english, "Der Deal ist 3,5 Milliarden Euro wert.",
                    "The deal is worth 3.5 billion euros.", "de", "en")
                  .empty());
}

TEST_F(NumbersTest, GermanBillionIsAnEnglishTrillion) {
  const auto findings = check(to_german, "The deal is worth 3.5 billion euros.",
                              "Der Deal ist 3,5 Billionen Euro wert.");
  EXPECT_EQ(flagged_in(findings), (Texts{"3,5 Billionen"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].suggestions, (Texts{"3,5 Milliarden"}));
  EXPECT_EQ(findings[0].severity, Severity::major);
  EXPECT_EQ(findings[0].category, "mistranslation");
}

TEST_F(NumbersTest, NumberWordsMatchDigitsAndWords) {
  EXPECT_TRUE(check(to_german, "He met six executives.", "Er traf sechs Manager.").empty());
  EXPECT_TRUE(check(to_german, "He met 21 executives.", "Er traf einundzwanzig Manager.").empty());
  EXPECT_TRUE(check(to_german, "He met twenty-one executives.", "Er traf 21 Manager.").empty());
  EXPECT_TRUE(check(to_french, "He met 21 executives.", "Il a rencontré vingt et un dirigeants.",
                    "en", "fr")
                  .empty());
  EXPECT_TRUE(check(to_spanish, "He met 31 executives.", "Se reunió con treinta y un directivos.",
                    "en", "es")
                  .empty());
  EXPECT_TRUE(check(to_german, "It was the 3rd time.", "Es war das dritte Mal.").empty());
  // An unmatched number word alone is no finding: "one of the" is often dropped.
  EXPECT_TRUE(
      check(to_german, "It is one of the largest plants.", "Es ist eines der größten Werke.")
          .empty());
  EXPECT_TRUE(check(to_german, "He met six executives.", "Er traf Manager.").empty());
}

TEST_F(NumbersTest, NumbersInsideCompounds) {
  EXPECT_TRUE(check(to_german, "After a 19-hour flight he arrived.",
                    "Nach einem 19-stündigen Flug kam er an.")
                  .empty());
  EXPECT_TRUE(check(to_german, "After a 6-hour flight he arrived.",
                    "Nach einem sechsstündigen Flug kam er an.")
                  .empty());
}

TEST_F(NumbersTest, OrdinalsDatesTimesAndRanges) {
  EXPECT_TRUE(
      check(to_german, "He came on June 5 at 10 a.m.", "Er kam am 5. Juni um 10 Uhr.").empty());
  EXPECT_TRUE(
      check(to_german, "The talks start at 3 p.m.", "Die Gespräche beginnen um 15 Uhr.").empty());
  EXPECT_TRUE(check(to_german, "It opens at 10:30.", "Es öffnet um 10.30 Uhr.").empty());
  EXPECT_TRUE(check(to_german, "It ran from 2020-2022.", "Es lief von 2020 bis 2022.").empty());
  EXPECT_TRUE(check(to_german, "It ran in 2020-21.", "Es lief 2020/2021.").empty());
  EXPECT_TRUE(check(to_german, "He placed 3rd.", "Er wurde 3.").empty());
  EXPECT_TRUE(check(to_french, "He placed 3rd.", "Il a terminé 3e.", "en", "fr").empty());
  EXPECT_TRUE(check(to_spanish, "He placed 3rd.", "Quedó 3.º.", "en", "es").empty());
  EXPECT_TRUE(check(to_german, "Music of the 1990s.", "Musik der 90er Jahre.").empty());
}

TEST_F(NumbersTest, WrongDecimalSeparatorIsItsOwnFinding) {
  const auto findings =
      check(to_german, "Rates rose 2.75 percent.", "Die Zinsen stiegen um 2.75 Prozent.");
  EXPECT_EQ(flagged_in(findings), (Texts{"2.75"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].suggestions, (Texts{"2,75"}));
  EXPECT_EQ(findings[0].severity, Severity::minor);
  EXPECT_NE(findings[0].message.find("2,75"), std::string::npos);

  // "2,000" is two in German; the source's 2,000 is written "2.000".
  const auto grouping = check(to_german, "It has 2,000 workers.", "Es hat 2,000 Mitarbeiter.");
  EXPECT_EQ(flagged_in(grouping), (Texts{"2,000"}));
  ASSERT_EQ(grouping.size(), 1u);
  EXPECT_EQ(grouping[0].suggestions, (Texts{"2.000"}));

  const auto english = check(to_english, "Die Zinsen stiegen um 2,75 Prozent.",
                             "Rates rose 2,75 percent.", "de", "en");
  EXPECT_EQ(flagged_in(english), (Texts{"2,75"}));
  EXPECT_EQ(english[0].suggestions, (Texts{"2.75"}));
  // A version keeps its point.
  EXPECT_TRUE(check(to_german, "It runs Python 3.10.", "Es läuft mit Python 3.10.").empty());
}

TEST_F(NumbersTest, ChangedNumberIsFlaggedWithTheSourceValue) {
  const auto findings =
      check(to_german, "The merger took place in 2015.", "Die Fusion fand 2016 statt.");
  EXPECT_EQ(flagged_in(findings), (Texts{"2016"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].suggestions, (Texts{"2015"}));
  EXPECT_EQ(pair_->source.slice(*findings[0].source), "2015");

  const auto french = check(to_french, "It lasted 19 hours.", "Cela a duré 18 heures.", "en", "fr");
  EXPECT_EQ(flagged_in(french), (Texts{"18"}));
  const auto spanish = check(to_spanish, "It cost 3.5 million.", "Costó 4,5 millones.", "en", "es");
  ASSERT_EQ(spanish.size(), 1u);
  EXPECT_EQ(spanish[0].suggestions, (Texts{"3,5 millones"}));
  const auto english =
      check(to_english, "Sie kostet 3,5 Milliarden.", "It costs 3.5 trillion.", "de", "en");
  ASSERT_EQ(english.size(), 1u);
  EXPECT_EQ(english[0].suggestions, (Texts{"3.5 billion"}));
}

TEST_F(NumbersTest, MissingAndAddedNumbers) {
  const auto missing = check(to_german, "The plant employs 4,000 people and cost 2 billion.",
                             "Das Werk beschäftigt viele Menschen und kostete 2 Milliarden.");
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(pair_->source.slice(*missing[0].source), "4,000");
  EXPECT_EQ(flagged_in(missing),
            (Texts{"Das Werk beschäftigt viele Menschen und kostete 2 Milliarden."}));

  const auto added = check(to_french, "The plant employs many people.",
                           "L'usine emploie 400 personnes.", "en", "fr");
  EXPECT_EQ(flagged_in(added), (Texts{"400"}));

  // A number that moved to the next sentence is an alignment slip, not a missing number.
  EXPECT_TRUE(
      check(to_german, "It was founded in 1998. It grew.", "Es wurde gegründet. 1998 wuchs es.")
          .size() <= 1u);
}

}  // namespace
}  // namespace tqc
