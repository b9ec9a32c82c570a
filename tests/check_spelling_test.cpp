#include "check/spelling.h"

#include "check/source_copies.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tqc {
namespace {

using testing::flagged;
using testing::make_pair;
using testing::run;
using Texts = std::vector<std::string>;

class SpellingTest : public ::testing::Test {
 protected:
  SpellingCheck check{{testing::data_dir(), "en", "de"}};
};

TEST_F(SpellingTest, FlagsUnknownWords) {
  const auto pair = make_pair("The company sold many chips last year.",
                              "Das Unternemen verkaufte im vergangenen Jahr viele Chips.");
  const auto findings = run(check, *pair);
  EXPECT_EQ(flagged(*pair, findings), (Texts{"Unternemen"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].category, "misspelling");
}

TEST_F(SpellingTest, WordsFromTheSourceAreNotMisspellings) {
  const auto pair = make_pair(
      "OpenAI CEO Sam Altman visited Pyeongtaek and met Lee's team and Kwak Noh-jung.",
      "OpenAI-CEO Sam Altman besuchte Pyeongtaek und traf Lees Team und Kwak Noh-jung.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST_F(SpellingTest, CompoundsAndHyphenatedFormsAreWords) {
  const auto pair = make_pair(
      "The conspiracy charges concern the memory chip and foundry businesses during a 19-hour stay.",
      "Die Verschwörungsvorwürfe betreffen das Speicherchip- und Foundry-Geschäft während eines "
      "19-stündigen Aufenthalts, auch die Verschwörungsvorwürfen.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST_F(SpellingTest, CompoundModifiersBeforeAHyphenAreWords) {
  const auto pair = make_pair("Read the security and privacy updates and the pickup and delivery times.",
                              "Lesen Sie die Sicherheits- und Datenschutzupdates und die Abhol- und Lieferzeiten.");
  EXPECT_TRUE(run(check, *pair).empty());
  const auto typo = make_pair("Read the company and privacy updates.",
                              "Lesen Sie die Unternemens- und Datenschutzupdates.");
  EXPECT_EQ(flagged(*typo, run(check, *typo)), (Texts{"Unternemens"}));
}

TEST_F(SpellingTest, TranslatedCognatesOfSourceWordsAreWords) {
  const auto pair = make_pair("The cupola furnace is part of the decarbonisation plan.",
                              "Der Kupolofen ist Teil des Dekarbonisierungsplans zur Dekarbonisierung.");
  EXPECT_TRUE(run(check, *pair).empty());
  // Without the source word, the same words are unknown.
  const auto unrelated = make_pair("The furnace is part of the plan.", "Der Kupolofen ist Teil des Plans.");
  EXPECT_EQ(flagged(*unrelated, run(check, *unrelated)), (Texts{"Kupolofen"}));
}

TEST(SoundFold, SpellingsOfOneSound) {
  EXPECT_EQ(sound_fold("decarbonisation").substr(0, 10), sound_fold("Dekarbonisierung").substr(0, 10));
  EXPECT_EQ(sound_fold("Philosophy"), sound_fold("filosofi"));
}

TEST_F(SpellingTest, NounsDerivedFromKnownVerbs) {
  const auto pair = make_pair("The firefighters used the rebound.", "Die Brandbekämpfer nutzten den Abpraller.");
  EXPECT_TRUE(run(check, *pair).empty());
  const auto typo = make_pair("The firefighters used the rebound.", "Die Brandbekämpfer nutzten den Abprraller.");
  EXPECT_EQ(flagged(*typo, run(check, *typo)), (Texts{"Abprraller"}));
}

TEST_F(SpellingTest, WordsFarFromEveryKnownWordAreNotTypos) {
  // A typo is one slip from a word; a coinage or a rare name is no slip of anything.
  const auto pair = make_pair("They fought over oddities.", "Sie stritten um Skurrilitäten und Mudschahed.");
  EXPECT_TRUE(run(check, *pair).empty());
  const auto typo = make_pair("They fought over oddities.", "Sie strittne um Kleinigkeiten.");
  EXPECT_EQ(flagged(*typo, run(check, *typo)), (Texts{"strittne"}));
}

TEST_F(SpellingTest, DebrisTokensAreNoWords) {
  // A scraped 20,000-letter token used to take minutes (one-edit candidates of it).
  const auto pair =
      testing::make_pair("Samsung opened a plant.", "Samsung eröffnete ein " + std::string(20000, 'x') + " Werk.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST_F(SpellingTest, MisspelledCopiesAreLeftToCopiedTermTypo) {
  const auto pair = make_pair("SK leads in High-Bandwidth Memory.", "SK führt bei High-Bandwidwid Memory.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST_F(SpellingTest, CopiedCompoundPartsAndTheirTyposAreNotSpellingFindings) {
  SpellingCheck english{{testing::data_dir(), "de", "en"}};
  const auto part = make_pair("Die Kurgäste winken, wenn sie auf der Kutsche des Kurgartencafés mitfährt.",
                              "The spa guests wave when she rides in the carriage of the Kurgarten Café.", "de", "en");
  EXPECT_TRUE(run(english, *part).empty());
  // copied-term-typo reports "corna" as a misspelled "Corona"; one finding per problem.
  const auto typo = make_pair("Wegen der Coronavirus-Pandemie findet das Spiel ohne Zuschauer statt.",
                              "Because of the corna virus epidemic, the match will be played without spectators.", "de",
                              "en");
  EXPECT_TRUE(run(english, *typo).empty());
  const auto plain = make_pair("Wegen der Pandemie findet das Spiel ohne Zuschauer statt.",
                               "Because of the epidemic, the macth will be played without spectators.", "de", "en");
  EXPECT_EQ(flagged(*plain, run(english, *plain)), (Texts{"macth"}));
}

TEST_F(SpellingTest, AnyStandardEnglishSpellingIsAWord) {
  SpellingCheck english{{testing::data_dir(), "de", "en"}};
  // en_GB ("focussed", "travelled") beside en_US; words.txt has what none of them has.
  const auto clean = make_pair("Tottenham profitierte vom Sieg, auf den sich Chelsea konzentriert hatte.",
                               "Tottenham benefitted from the win Chelsea had focussed on and travelled to.", "de", "en");
  EXPECT_TRUE(run(english, *clean).empty());
  const auto typo = make_pair("Tottenham profitierte vom Sieg.", "Tottenham benifitted from the win.", "de", "en");
  EXPECT_EQ(flagged(*typo, run(english, *typo)), (Texts{"benifitted"}));
}

TEST_F(SpellingTest, OtherTargetLanguages) {
  SpellingCheck french{{testing::data_dir(), "en", "fr"}};
  const auto fr = make_pair("The central bank raised rates.", "La banque centrale a relevé ses tuax.", "en", "fr");
  EXPECT_EQ(flagged(*fr, run(french, *fr)), (Texts{"tuax"}));
  const auto fr_clean = make_pair("What is the goal? Here it is!", "Quel est l'objectif\u202f? Le voici\u00a0!", "en", "fr");
  EXPECT_TRUE(run(french, *fr_clean).empty());
  SpellingCheck spanish{{testing::data_dir(), "en", "es"}};
  const auto es = make_pair("The team won the match.", "El equipo ganó el partdo.", "en", "es");
  EXPECT_EQ(flagged(*es, run(spanish, *es)), (Texts{"partdo"}));
  SpellingCheck english{{testing::data_dir(), "de", "en"}};
  const auto en = make_pair("Die Organisationen bauen neue Zentren.", "The organisations are building new centres and centers.", "de", "en");
  EXPECT_TRUE(run(english, *en).empty());
  const auto en_bad = make_pair("Die Netzagentur prüft das.", "The network agency is cheking it.", "de", "en");
  EXPECT_EQ(flagged(*en_bad, run(english, *en_bad)), (Texts{"cheking"}));
}

TEST_F(SpellingTest, LoanwordsSeparableVerbsAndAbbreviations) {
  const auto pair = make_pair("He ate a snack, tweeted about the lockdown rules and tried to lure them away.",
                              "Er aß einen Snack, getweetet hatte er über Lockdownregeln, um sie wegzulocken, usw.");
  EXPECT_TRUE(run(check, *pair).empty());
  const auto typo = make_pair("He tried to lure them away.", "Er versuchte, sie wegzulokken.");
  EXPECT_EQ(flagged(*typo, run(check, *typo)), (Texts{"wegzulokken"}));
}

}  // namespace
}  // namespace tqc
