#include "check/literal_translation.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tqc {
namespace {

using testing::flagged;
using testing::make_pair;
using testing::run;
using Texts = std::vector<std::string>;

LiteralRule foundry_rule() {
  LiteralRule rule;
  rule.id = "foundry-semiconductor";
  rule.term = {"foundry"};
  rule.sense = "contract chip manufacturer";
  rule.domain = "semiconductors";
  rule.cues = {"chip", "semiconductor", "tsmc"};
  rule.blockers = {"steel", "iron", "casting"};
  rule.wrong = {{"gießerei"}};
  rule.right = {"Foundry", "Auftragsfertiger"};
  rule.why = "In chipmaking a foundry makes chips to other companies' designs.";
  return rule;
}

class LiteralTranslationTest : public ::testing::Test {
 protected:
  LiteralTranslationCheck check{{foundry_rule()}, "en-de"};
};

TEST_F(LiteralTranslationTest, FlagsInflectedFormsAndCompounds) {
  const auto pair = make_pair(
      "Executives in charge of the memory chip and foundry businesses met him. "
      "TSMC is the world's largest foundry. Chip foundries are busy.",
      "Führungskräfte, die für den Speicherchip- und Gießereibetrieb verantwortlich sind, trafen ihn. "
      "TSMC ist die weltweit größte Gießerei. Chip-Gießereien sind ausgelastet.");
  const auto findings = run(check, *pair);
  EXPECT_EQ(flagged(*pair, findings), (Texts{"Gießereibetrieb", "Gießerei", "Gießereien"}));
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings[0].suggestions, (Texts{"Foundry", "Auftragsfertiger"}));
  EXPECT_EQ(pair->source.slice(*findings[0].source), "foundry");
  EXPECT_NE(findings[0].message.find("foundry-semiconductor"), std::string::npos);
}

TEST_F(LiteralTranslationTest, CueMaySitInANeighbouringSentence) {
  const auto pair = make_pair("Samsung makes memory chips. It also wants to be a big foundry.",
                              "Samsung stellt Speicherchips her. Es will auch eine große Gießerei werden.");
  EXPECT_EQ(flagged(*pair, run(check, *pair)), (Texts{"Gießerei"}));
}

TEST_F(LiteralTranslationTest, ASteelFoundryIsAGießerei) {
  const auto pair = make_pair("The iron foundry in Hagen casts engine blocks. The foundry employs 300 people.",
                              "Die Eisengießerei in Hagen gießt Motorblöcke. Die Gießerei beschäftigt 300 Menschen.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST_F(LiteralTranslationTest, NoCueNoFinding) {
  const auto pair = make_pair("The town's old foundry is now a museum.",
                              "Die alte Gießerei der Stadt ist heute ein Museum.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST_F(LiteralTranslationTest, RightRenderingIsClean) {
  const auto pair = make_pair("TSMC is the world's largest chip foundry.",
                              "TSMC ist die weltweit größte Chip-Foundry und ein Auftragsfertiger.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST(LemmaMatching, InflectionAndCompoundsButNotLookalikes) {
  const Language& german = testing::language("de");
  EXPECT_TRUE(matches_lemma(german, "gießerei", "Gießereien"));
  EXPECT_TRUE(matches_lemma(german, "gießerei", "Gießereibetrieb"));
  EXPECT_TRUE(matches_lemma(german, "gießerei", "Metallgießerei"));
  EXPECT_TRUE(matches_lemma(german, "rente", "Rentenalter"));
  EXPECT_FALSE(matches_lemma(german, "rente", "Rentier"));
  EXPECT_FALSE(matches_lemma(german, "gießerei", "Gießen"));
  const Language& english = testing::language("en");
  EXPECT_TRUE(matches_lemma(english, "foundry", "foundries"));
  EXPECT_FALSE(matches_lemma(english, "chip", "chipmaker"));  // English writes no such compounds
}

}  // namespace
}  // namespace tqc

namespace tqc {
namespace {

TEST(LemmaMatching, ElisionsAndPossessives) {
  EXPECT_TRUE(matches_lemma(testing::language("fr"), "utilité", "d’utilité"));
  EXPECT_TRUE(matches_lemma(testing::language("fr"), "utilité", "l'utilité"));
  EXPECT_TRUE(matches_lemma(testing::language("en"), "germany", "Germany's"));
  EXPECT_FALSE(matches_lemma(testing::language("fr"), "hui", "aujourd'hui"));
}

}  // namespace
}  // namespace tqc

namespace tqc {
namespace {

TEST(LiteralTranslationNames, NamesThatContainATermAreCopiedNotTranslated) {
  LiteralRule gymnasium;
  gymnasium.id = "gymnasium-school";
  gymnasium.term = {"gymnasium"};
  gymnasium.sense = "academic secondary school";
  gymnasium.domain = "general";
  gymnasium.wrong = {{"gymnasium"}};
  gymnasium.right = {"grammar school", "high school"};
  gymnasium.why = "A German Gymnasium is a school, not a sports hall.";
  const LiteralTranslationCheck check({gymnasium}, "de-en");
  const auto name = testing::make_pair("Die Schüler des Sankt-Jakobus-Gymnasium spielten Theater.",
                                       "The pupils of the Sankt-Jakobus-Gymnasium put on a play.", "de", "en");
  EXPECT_TRUE(testing::run(check, *name).empty());
  const auto word = testing::make_pair("Die Schüler des Gymnasiums spielten Theater.",
                                       "The pupils of the gymnasium put on a play.", "de", "en");
  EXPECT_EQ(testing::flagged(*word, testing::run(check, *word)), (std::vector<std::string>{"gymnasium"}));

  LiteralRule union_rule;
  union_rule.id = "union-trade";
  union_rule.term = {"union"};
  union_rule.sense = "trade union";
  union_rule.domain = "economy";
  union_rule.wrong = {{"union"}};
  union_rule.right = {"Gewerkschaft"};
  union_rule.why = "A trade union is a Gewerkschaft.";
  const LiteralTranslationCheck to_german({union_rule}, "en-de");
  const auto student_union = testing::make_pair("The All Assam Students Union held a rally.",
                                                "Die All Assam Students Union hielt eine Kundgebung ab.");
  EXPECT_TRUE(testing::run(to_german, *student_union).empty());
  const auto trade_union = testing::make_pair("The union held a rally.", "Die Union hielt eine Kundgebung ab.");
  EXPECT_EQ(testing::flagged(*trade_union, testing::run(to_german, *trade_union)), (std::vector<std::string>{"Union"}));
}

}  // namespace
}  // namespace tqc

namespace tqc {
namespace {

TEST(LemmaMatching, IrregularFormsThroughHunspellStems) {
  const Language& german = testing::language("de");
  EXPECT_FALSE(german.inflects("haus", "häuser"));  // no regular ending makes it
  EXPECT_TRUE(german.inflects_or_stems("haus", "häuser"));
  EXPECT_TRUE(matches_lemma(german, "haus", "Häuser"));
  EXPECT_FALSE(matches_lemma(german, "haus", "Hausse"));
}

}  // namespace
}  // namespace tqc

namespace tqc {
namespace {

LiteralRule meister_rule(bool listed_forms) {
  LiteralRule rule;
  rule.id = "meister-champion";
  rule.term = {"meister"};
  rule.sense = "champion";
  rule.domain = "sport";
  rule.wrong = {{"master"}, {"masters"}};
  rule.listed_forms = listed_forms;
  rule.right = {"champions"};
  rule.why = "In sport a Meister is a champion.";
  return rule;
}

TEST(LiteralTranslationForms, ListedFormsLeaveOtherFormsOfTheWordAlone) {
  const LiteralTranslationCheck check({meister_rule(true)}, "de-en");
  const auto noun = testing::make_pair("Bayern ist wieder deutscher Meister.", "Bayern are German masters again.", "de", "en");
  EXPECT_EQ(testing::flagged(*noun, testing::run(check, *noun)), (std::vector<std::string>{"masters"}));
  const auto possessive = testing::make_pair("Der Trainer des Meisters lobte das Team.",
                                             "The master's coach praised the team.", "de", "en");
  EXPECT_EQ(testing::flagged(*possessive, testing::run(check, *possessive)),
            (std::vector<std::string>{"master's"}));
  // The verb "master" is no rendering of the noun "Meister".
  const auto verb = testing::make_pair("Wir haben die Pflichtaufgaben mit Meisterschaft und Pokalfinale gemeistert.",
                                       "We have mastered the obligatory tasks with championship and cup final.", "de", "en");
  EXPECT_TRUE(testing::run(check, *verb).empty());
  // Without "forms: listed", a wrong rendering matches its inflections.
  const LiteralTranslationCheck inflecting({meister_rule(false)}, "de-en");
  EXPECT_EQ(testing::flagged(*verb, testing::run(inflecting, *verb)), (std::vector<std::string>{"mastered"}));
}

}  // namespace
}  // namespace tqc
