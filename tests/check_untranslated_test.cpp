#include <gtest/gtest.h>

#include "check/untranslated.h"
#include "test_support.h"

namespace tqc {
namespace {

using testing::flagged;
using testing::make_pair;
using testing::run;
using Texts = std::vector<std::string>;

class UntranslatedTest : public ::testing::Test {
 protected:
  UntranslatedCheck to_german{{testing::data_dir(), "en", "de"}};
  UntranslatedCheck to_french{{testing::data_dir(), "en", "fr"}};
  UntranslatedCheck to_spanish{{testing::data_dir(), "en", "es"}};
  UntranslatedCheck to_english{{testing::data_dir(), "de", "en"}};

  std::vector<Finding> check(const UntranslatedCheck& untranslated, const std::string& source,
                             const std::string& target, const std::string& source_language = "en",
                             const std::string& target_language = "de") {
    pair_ = make_pair(source, target, source_language, target_language);
    return run(untranslated, *pair_);
  }
  Texts flagged_in(const std::vector<Finding>& findings) const { return flagged(*pair_, findings); }

  std::unique_ptr<testing::TestPair> pair_;
};

TEST_F(UntranslatedTest, CopiedStretchIsFlagged) {
  const auto findings =
      check(to_german, "The minister said the new rules would take effect next week.",
            "Der Minister sagte, the new rules would take effect next week.");
  EXPECT_EQ(flagged_in(findings), (Texts{"the new rules would take effect next week"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].check, "untranslated");
  EXPECT_EQ(findings[0].category, "untranslated");
  EXPECT_EQ(findings[0].severity, Severity::major);
  EXPECT_TRUE(findings[0].suggestions.empty());
  EXPECT_NE(findings[0].message.find("English"), std::string::npos);
  EXPECT_EQ(pair_->source.slice(*findings[0].source), "the new rules would take effect next week");
}

TEST_F(UntranslatedTest, CopiedSentenceIsFlaggedOnce) {
  const auto findings = check(
      to_german, "Prices rose sharply. The company reported strong growth in the third quarter.",
      "Die Preise stiegen stark. The company reported strong growth in the third quarter.");
  EXPECT_EQ(flagged_in(findings),
            (Texts{"The company reported strong growth in the third quarter"}));
}

TEST_F(UntranslatedTest, SentenceInTheSourceLanguageIsFlagged) {
  const auto findings = check(to_german, "Prices rose sharply last year.",
                              "The prices went up a lot during the last year.");
  EXPECT_EQ(flagged_in(findings), (Texts{"The prices went up a lot during the last year."}));
}

TEST_F(UntranslatedTest, OtherTargetLanguages) {
  const auto french =
      check(to_french, "The minister said the new rules would take effect next week.",
            "Le ministre a déclaré que the new rules would take effect next week.", "en", "fr");
  EXPECT_EQ(flagged_in(french), (Texts{"the new rules would take effect next week"}));
  const auto spanish =
      check(to_spanish, "The minister said the new rules would take effect next week.",
            "El ministro dijo que the new rules would take effect next week.", "en", "es");
  EXPECT_EQ(flagged_in(spanish), (Texts{"the new rules would take effect next week"}));
  const auto english =
      check(to_english, "Der Minister sagte, die neuen Regeln treten nächste Woche in Kraft.",
            "The minister said die neuen Regeln treten nächste Woche in Kraft.", "de", "en");
  EXPECT_EQ(flagged_in(english), (Texts{"die neuen Regeln treten nächste Woche in Kraft"}));
  EXPECT_NE(english.empty() ? std::string::npos : english[0].message.find("German"),
            std::string::npos);
}

TEST_F(UntranslatedTest, TranslationsAreClean) {
  EXPECT_TRUE(check(to_german, "The minister said the new rules would take effect next week.",
                    "Der Minister sagte, die neuen Regeln würden nächste Woche in Kraft treten.")
                  .empty());
  EXPECT_TRUE(check(to_french, "The minister said the new rules would take effect next week.",
                    "Le ministre a déclaré que les nouvelles règles entreraient en vigueur la "
                    "semaine prochaine.",
                    "en", "fr")
                  .empty());
  EXPECT_TRUE(check(to_spanish, "The minister said the new rules would take effect next week.",
                    "El ministro dijo que las nuevas normas entrarían en vigor la semana próxima.",
                    "en", "es")
                  .empty());
  EXPECT_TRUE(check(to_english,
                    "Der Minister sagte, die neuen Regeln treten nächste Woche in Kraft.",
                    "The minister said the new rules would take effect next week.", "de", "en")
                  .empty());
  // Loanwords and names are neutral: both dictionaries know them, or neither does.
  EXPECT_TRUE(check(to_german, "The lockdown hit the Internet start-up hard.",
                    "Der Lockdown traf das Internet-Start-up hart.")
                  .empty());
}

TEST_F(UntranslatedTest, KeptQuotationsAndNamesAreClean) {
  EXPECT_TRUE(check(to_german, "He said: \"We will never give up this fight.\"",
                    "Er sagte: „We will never give up this fight.“")
                  .empty());
  EXPECT_TRUE(check(to_french, "The slogan \"we are all in this together\" was everywhere.",
                    "Le slogan « we are all in this together » était partout.", "en", "fr")
                  .empty());
  EXPECT_TRUE(check(to_german, "He worked for the Federal Reserve Bank of New York for years.",
                    "Er arbeitete jahrelang für die Federal Reserve Bank of New York.")
                  .empty());
  EXPECT_TRUE(check(to_german, "She starred in Gone With The Wind And The Rain.",
                    "Sie spielte in Gone With The Wind And The Rain.")
                  .empty());
}

}  // namespace
}  // namespace tqc
