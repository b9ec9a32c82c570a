#include "check/typography.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tqc {
namespace {

using testing::flagged;
using testing::make_pair;
using testing::run;
using Texts = std::vector<std::string>;

class TypographyTest : public ::testing::Test {
 protected:
  std::vector<Finding> check(const std::string& source, const std::string& target,
                             const std::string& source_language, const std::string& target_language) {
    const TypographyCheck typography{{testing::data_dir(), source_language, target_language}};
    pair_ = make_pair(source, target, source_language, target_language);
    return run(typography, *pair_);
  }
  Texts flagged_in(const std::vector<Finding>& findings) const { return flagged(*pair_, findings); }

  std::unique_ptr<testing::TestPair> pair_;
};

TEST_F(TypographyTest, FrenchNoBreakSpaces) {
  EXPECT_TRUE(check("Why? He said: \"No.\"", "Pourquoi\u202F? Il a dit\u00A0: «\u00A0Non.\u00A0»", "en", "fr").empty());
  EXPECT_TRUE(check("It is 10:30 at https://example.com.", "Il est 10:30 sur https://example.com.", "en", "fr").empty());
  const auto findings = check("Why? He said: no.", "Pourquoi ? Il a dit: non.", "en", "fr");
  EXPECT_EQ(flagged_in(findings), (Texts{" ", ":"}));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].suggestions, (Texts{"\u202F"}));
  EXPECT_EQ(findings[1].suggestions, (Texts{"\u00A0:"}));
  EXPECT_EQ(findings[0].category, "typographical");
  EXPECT_EQ(findings[0].severity, Severity::minor);
  const auto guillemets = check("He said \"no\".", "Il a dit « non ».", "en", "fr");
  EXPECT_EQ(guillemets.size(), 2u);
}

TEST_F(TypographyTest, EnglishQuotesInGermanAndFrench) {
  EXPECT_TRUE(check("He said: “No.”", "Er sagte: „Nein.“", "en", "de").empty());
  EXPECT_TRUE(check("He said: “No.”", "Er sagte: »Nein.«", "en", "de").empty());
  const auto findings = check("He said: “No.”", "Er sagte: “Nein.”", "en", "de");
  EXPECT_EQ(flagged_in(findings), (Texts{"“Nein.”"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].suggestions, (Texts{"„Nein.“"}));
  const auto french = check("He said “no”.", "Il a dit “non”.", "en", "fr");
  ASSERT_EQ(french.size(), 1u);
  EXPECT_EQ(french[0].suggestions, (Texts{"«\u00A0non\u00A0»"}));
}

TEST_F(TypographyTest, SpanishOpeningMarks) {
  EXPECT_TRUE(check("Why did he leave?", "¿Por qué se fue?", "en", "es").empty());
  EXPECT_TRUE(check("He asked: why?", "Preguntó: ¿por qué?", "en", "es").empty());
  const auto findings = check("Why did he leave? What a goal!", "Por qué se fue? Qué gol!", "en", "es");
  EXPECT_EQ(flagged_in(findings), (Texts{"?", "!"}));
}

TEST_F(TypographyTest, DoubledWordsAndSpaces) {
  EXPECT_TRUE(check("He said that that was fine.", "He said that that was fine.", "de", "en").empty());
  EXPECT_TRUE(check("Nous nous sommes vus.", "Nous nous sommes vus.", "en", "fr").empty());
  const auto findings = check("The plant is new.", "Die die Fabrik ist  neu.", "en", "de");
  EXPECT_EQ(flagged_in(findings), Texts{"  "});
  const auto doubled = check("The plant is new.", "Das Werk ist ist neu.", "en", "de");
  EXPECT_EQ(flagged_in(doubled), (Texts{"ist ist"}));
  EXPECT_TRUE(check("General M M Naravane came.", "General M M Naravane kam.", "en", "de").empty());
  EXPECT_TRUE(check("A seven-time time trial champion.", "A seven-time time trial champion.", "de", "en").empty());
  EXPECT_EQ(doubled[0].suggestions, (Texts{"ist"}));
  const auto english = check("Das Werk ist neu.", "The the plant is new.", "de", "en");
  EXPECT_EQ(flagged_in(english), (Texts{"The the"}));
}

TEST_F(TypographyTest, UnbalancedBrackets) {
  EXPECT_TRUE(check("The plant (in Dresden) is new.", "Das Werk (in Dresden) ist neu.", "en", "de").empty());
  const auto findings = check("The plant (in Dresden) is new.", "Das Werk (in Dresden ist neu.", "en", "de");
  EXPECT_EQ(flagged_in(findings), (Texts{"("}));
  EXPECT_TRUE(check("\"We come,\" he said.\n\"We stay.\"", "„Wir kommen“, sagte er, „und\nwir bleiben.“", "en", "de").empty());
  const auto apostrophe = check("Villa's goal.", "Villa‘s Tor.", "en", "de");
  ASSERT_EQ(apostrophe.size(), 1u);
  EXPECT_EQ(apostrophe[0].suggestions, (Texts{"’"}));
  const auto quote = check("He said “no” to it.", "Il a dit «\u00A0non à cela.", "en", "fr");
  EXPECT_EQ(flagged_in(quote), (Texts{"«"}));
  // One error, one finding: the second opening mark is the wrong closing one.
  const auto closing = check("Das Album „Rumours“ verkaufte sich gut.", "The album “Rumours“ sold well.", "de", "en");
  ASSERT_EQ(closing.size(), 1u);
  EXPECT_EQ(pair_->target.text.substr(closing[0].target.begin, 9), "“ sold ");
  EXPECT_EQ(closing[0].suggestions, (Texts{"”"}));
}

TEST_F(TypographyTest, SentenceEndingDiffersFromTheSource) {
  EXPECT_TRUE(check("Will prices rise?", "Werden die Preise steigen?", "en", "de").empty());
  const auto findings = check("Will prices rise?", "Die Preise werden steigen.", "en", "de");
  EXPECT_EQ(flagged_in(findings), (Texts{"."}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].suggestions, (Texts{"?"}));
  const auto english = check("Steigen die Preise?", "Prices are rising.", "de", "en");
  EXPECT_EQ(flagged_in(english), (Texts{"."}));
  EXPECT_TRUE(check("Isn't it time to rest.", "Ist es nicht Zeit für eine Pause?", "en", "de").empty());
}

}  // namespace
}  // namespace tqc
