#include <gtest/gtest.h>

#include "check/consistency.h"
#include "test_support.h"

namespace tqc {
namespace {

using testing::flagged;
using testing::make_pair;
using testing::run;
using Texts = std::vector<std::string>;

class ConsistencyTest : public ::testing::Test {
 protected:
  ConsistencyCheck to_german{{testing::data_dir(), "en", "de"}};
  ConsistencyCheck to_french{{testing::data_dir(), "en", "fr"}};
  ConsistencyCheck to_spanish{{testing::data_dir(), "en", "es"}};
  ConsistencyCheck to_english{{testing::data_dir(), "de", "en"}};

  std::vector<Finding> check(const ConsistencyCheck& consistency, const std::string& source,
                             const std::string& target, const std::string& source_language = "en",
                             const std::string& target_language = "de") {
    pair_ = make_pair(source, target, source_language, target_language);
    return run(consistency, *pair_);
  }
  Texts flagged_in(const std::vector<Finding>& findings) const { return flagged(*pair_, findings); }

  std::unique_ptr<testing::TestPair> pair_;
};

const std::string kFoundry =
    "Samsung wants its foundry business to make more chips.\n"
    "The foundry has won new customers for its 3-nanometre chips.\n"
    "Analysts say the foundry still trails TSMC.";

TEST_F(ConsistencyTest, OddRenderingIsFlaggedWithTheUsualOne) {
  const auto findings =
      check(to_german, kFoundry,
            "Samsung will, dass sein Foundry-Geschäft mehr Chips herstellt.\n"
            "Der Auftragsfertiger hat neue Kunden für seine 3-Nanometer-Chips gewonnen.\n"
            "Analysten zufolge liegt die Foundry noch hinter TSMC.");
  EXPECT_EQ(flagged_in(findings), (Texts{"Auftragsfertiger"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].check, "consistency");
  EXPECT_EQ(findings[0].category, "inconsistency");
  EXPECT_EQ(findings[0].severity, Severity::minor);
  EXPECT_EQ(findings[0].suggestions, (Texts{"Foundry"}));
  EXPECT_EQ(pair_->source.slice(*findings[0].source), "foundry");
}

TEST_F(ConsistencyTest, ATieIsStyleNotAnOddOneOut) {
  // Both right, once each: the chip-plant corpus keeps "Auftragsfertiger" and "Foundry-Anbieter".
  EXPECT_TRUE(check(to_german,
                    "Samsung wants its foundry business to make more chips.\n"
                    "The foundry has won new customers for its 3-nanometre chips.",
                    "Samsung will, dass sein Auftragsfertiger mehr Chips herstellt.\n"
                    "Die Foundry hat neue Kunden für ihre 3-Nanometer-Chips gewonnen.")
                  .empty());
}

TEST_F(ConsistencyTest, OneRenderingIsClean) {
  // "Foundry" and "Foundry-Sparte" are one rendering.
  EXPECT_TRUE(check(to_german, kFoundry,
                    "Samsung will, dass seine Foundry-Sparte mehr Chips herstellt.\n"
                    "Die Foundry hat neue Kunden für ihre 3-Nanometer-Chips gewonnen.\n"
                    "Analysten zufolge liegt die Foundry noch hinter TSMC.")
                  .empty());
}

TEST_F(ConsistencyTest, RightAgainstWrongIsLeftToLiteralTranslation) {
  // The seed's pattern: the right "Foundry-Geschäft" is never flagged for the wrong "Gießerei".
  EXPECT_TRUE(check(to_german, kFoundry,
                    "Samsung will, dass sein Gießereibetrieb mehr Chips herstellt.\n"
                    "Das Foundry-Geschäft hat neue Kunden für seine 3-Nanometer-Chips gewonnen.\n"
                    "Analysten zufolge liegt die Gießerei noch hinter TSMC.")
                  .empty());
}

TEST_F(ConsistencyTest, OtherSensesAreIgnored) {
  // No chip context: "foundry" is a casting works here, outside the rule's sense.
  EXPECT_TRUE(
      check(to_german,
            "The steel foundry hired workers.\nThe foundry casts bells.\nThe foundry is old.",
            "Die Gießerei stellte Arbeiter ein.\nDie Foundry gießt Glocken.\nDie Gießerei ist alt.")
          .empty());
}

TEST_F(ConsistencyTest, FrenchSpanishAndEnglishTargets) {
  const std::string wafers =
      "The chip plant processes wafers.\nEach wafer holds hundreds of chips.\nThe wafer is made of "
      "silicon.";
  const auto french = check(
      to_french, wafers,
      "L'usine de puces traite des plaquettes.\nChaque wafer contient des centaines de puces.\n"
      "La plaquette est en silicium.",
      "en", "fr");
  EXPECT_EQ(flagged_in(french), (Texts{"wafer"}));
  EXPECT_TRUE(check(to_french, wafers,
                    "L'usine de puces traite des plaquettes.\nChaque plaquette contient des "
                    "centaines de puces.\n"
                    "La plaquette est en silicium.",
                    "en", "fr")
                  .empty());

  const std::string packaging =
      "TSMC expands chip packaging.\nThe packaging of chiplets is costly.\nPackaging capacity for "
      "chips is short.";
  const auto spanish =
      check(to_spanish, packaging,
            "TSMC amplía el encapsulado de chips.\nEl empaquetado de chiplets es caro.\n"
            "La capacidad de encapsulado de chips es escasa.",
            "en", "es");
  EXPECT_EQ(flagged_in(spanish), (Texts{"empaquetado"}));
  EXPECT_TRUE(check(to_spanish, packaging,
                    "TSMC amplía el encapsulado de chips.\nEl encapsulado de chiplets es caro.\n"
                    "La capacidad de encapsulado de chips es escasa.",
                    "en", "es")
                  .empty());

  const std::string handy =
      "Die Polizei fand ein Handy.\nDas Handy gehörte dem Fahrer.\nEr hatte das Handy gestohlen.";
  const auto english =
      check(to_english, handy,
            "Police found a mobile phone.\nThe smartphone belonged to the driver.\n"
            "He had stolen the phone.",
            "de", "en");
  EXPECT_EQ(flagged_in(english), (Texts{"smartphone"}));
  EXPECT_TRUE(check(to_english, handy,
                    "Police found a mobile phone.\nThe phone belonged to the driver.\nHe had "
                    "stolen the phone.",
                    "de", "en")
                  .empty());
}

}  // namespace
}  // namespace tqc

namespace tqc {
namespace {

LiteralRule rule_in(const std::string& domain) {
  LiteralRule rule;
  rule.id = "concern-" + domain;
  rule.term = {"concern"};
  rule.sense = "worry";
  rule.domain = domain;
  rule.wrong = {{"konzern"}};
  rule.right = {"Bedenken", "Besorgnis"};
  rule.why = "A concern is a worry.";
  return rule;
}

TEST(ConsistencyDomains, EverydayWordsMayVaryDomainTermsMayNot) {
  const auto pair = testing::make_pair(
      "Experts voiced concern about the plan. The concern grew on Monday. Another concern followed.",
      "Experten äußerten Bedenken gegen den Plan. Die Bedenken wuchsen am Montag. Es folgte weitere Besorgnis.");
  EXPECT_TRUE(testing::run(ConsistencyCheck({rule_in("general")}), *pair).empty());
  EXPECT_EQ(testing::run(ConsistencyCheck({rule_in("finance")}), *pair).size(), 1u);
}

}  // namespace
}  // namespace tqc
