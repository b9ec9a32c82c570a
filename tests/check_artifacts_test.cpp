#include "check/artifacts.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tqc {
namespace {

using testing::flagged;
using testing::make_pair;
using testing::run;
using Texts = std::vector<std::string>;

class ArtifactsTest : public ::testing::Test {
 protected:
  ArtifactsCheck check{{testing::data_dir(), "en", "de"}};
};

TEST_F(ArtifactsTest, FlagsScrapingLeftovers) {
  const auto pair = make_pair("Samsung opened a plant.\nIt makes chips.\n",
                              "[ad_1]\nSamsung eröffnete ein <b>Werk</b>.\nEs fertigt&nbsp;Chips.\n[ad_2]\n");
  EXPECT_EQ(flagged(*pair, run(check, *pair)), (Texts{"[ad_1]", "<b>", "</b>", "&nbsp;", "[ad_2]"}));
}

TEST_F(ArtifactsTest, MarkupThatTheSourceHasIsNotDebris) {
  const auto pair = make_pair("Use the <b>bold</b> tag &amp; more.", "Verwenden Sie das Tag <b>fett</b> &amp; mehr.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST_F(ArtifactsTest, CleanTranslationIsClean) {
  const auto pair = make_pair("Samsung [the company] opened a plant in 2024.",
                              "Samsung [das Unternehmen] eröffnete 2024 ein Werk.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST_F(ArtifactsTest, FindingHasTheCheckIdentity) {
  const auto pair = make_pair("Samsung opened a plant.", "Samsung eröffnete ein Werk. [ad_3]");
  const auto findings = run(check, *pair);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].check, "artifacts");
  EXPECT_EQ(findings[0].category, "markup");
  EXPECT_EQ(findings[0].severity, Severity::major);
  EXPECT_EQ(findings[0].suggestions, (Texts{""}));
}

}  // namespace
}  // namespace tqc
