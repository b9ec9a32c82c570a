#include "check/unaligned.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tqc {
namespace {

using testing::make_pair;
using testing::run;

const CheckSetup kSetup{testing::data_dir(), "en", "de"};

TEST(Omission, ASentenceOfNewsLeftOut) {
  const auto pair = make_pair(
      "TSMC raised its prices by 5% in March. Apple, its biggest customer, declined to comment on the "
      "increase on Tuesday. Analysts at Morgan Stanley expect a further rise of 3% in 2025.",
      "TSMC erhöhte im März seine Preise um 5 %. "
      "Analysten von Morgan Stanley erwarten 2025 einen weiteren Anstieg um 3 %.");
  const auto findings = run(OmissionCheck(kSetup), *pair);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(pair->source.slice(*findings[0].source),
            "Apple, its biggest customer, declined to comment on the increase on Tuesday.");
  EXPECT_EQ(findings[0].category, "omission");
  // An empty span where the sentence belongs: before the next target sentence.
  EXPECT_EQ(findings[0].target.begin, findings[0].target.end);
  EXPECT_EQ(pair->target.text.substr(findings[0].target.begin, 9), "Analysten");
}

TEST(Omission, ShortLinesAndMergedSentencesAreNotOmissions) {
  const auto byline = make_pair("By Anna Berg\nTSMC raised its prices by 5% in March, the company said on Monday.",
                                "TSMC erhöhte im März seine Preise um 5 %, teilte das Unternehmen am Montag mit.");
  EXPECT_TRUE(run(OmissionCheck(kSetup), *byline).empty());
  const auto merged = make_pair(
      "Samsung Electronics opened a new plant in Pyeongtaek on Friday. The plant will employ 3,000 people. "
      "It will make memory chips for Nvidia and for other customers in the United States.",
      "Samsung Electronics eröffnete am Freitag ein neues Werk in Pyeongtaek, das 3.000 Menschen beschäftigen "
      "und Speicherchips für Nvidia und andere Kunden in den USA fertigen wird.");
  EXPECT_TRUE(run(OmissionCheck(kSetup), *merged).empty());
}

TEST(Addition, ASentenceWithNoSource) {
  const auto pair = make_pair(
      "TSMC raised its prices by 5% in March. Analysts at Morgan Stanley expect a further rise of 3% in 2025.",
      "TSMC erhöhte im März seine Preise um 5 %. Der Konzern aus Hsinchu beliefert unter anderem Apple, "
      "Qualcomm und AMD mit modernsten Chips. Analysten von Morgan Stanley erwarten 2025 einen weiteren Anstieg um 3 %.");
  const auto findings = run(AdditionCheck(kSetup), *pair);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(pair->target.slice(findings[0].target).substr(0, 10), "Der Konzer");
  EXPECT_FALSE(findings[0].source.has_value());
}

TEST(Addition, DebrisIsLeftToArtifacts) {
  const auto pair = make_pair("TSMC raised its prices by 5% in March.", "[ad_1]\nTSMC erhöhte im März seine Preise um 5 %.");
  EXPECT_TRUE(run(AdditionCheck(kSetup), *pair).empty());
}

}  // namespace
}  // namespace tqc
