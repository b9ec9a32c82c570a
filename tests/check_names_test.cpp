#include "check/names.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tqc {
namespace {

using testing::flagged;
using testing::make_pair;
using testing::run;
using Texts = std::vector<std::string>;

class NamesTest : public ::testing::Test {
 protected:
  NamesCheck check{{testing::data_dir(), "en", "de"}};
};

TEST_F(NamesTest, BrandsKeepTheirCase) {
  const auto pair = make_pair("OpenAI CEO Sam Altman, head of the ChatGPT maker, met top SK hynix executives.",
                              "OpenAI-CEO Sam Altman, Chef des chatgpt-Herstellers, traf Manager von SK Hynix.");
  const auto findings = run(check, *pair);
  EXPECT_EQ(flagged(*pair, findings), (Texts{"chatgpt", "Hynix"}));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].suggestions, (Texts{"ChatGPT"}));
  EXPECT_EQ(findings[0].category, "inconsistent-entities");
}

TEST_F(NamesTest, RenderingsInflectionAndGermanStyleAreFine) {
  const auto pair = make_pair(
      "The AI mogul met Lee's lawyers and a U.S. company that trains LLMs for Nvidia's servers.",
      "Der KI-Mogul traf Lees Anwälte und ein US-Unternehmen, das LLM für Nvidias Server trainiert.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST_F(NamesTest, DatelinesInCapitalsMayBeWrittenNormally) {
  const auto pair = make_pair("DRESDEN – Veridian will build a plant.", "Dresden – Veridian will ein Werk bauen.");
  EXPECT_TRUE(run(check, *pair).empty());
  const auto brand = make_pair("TSMC will build a plant.", "Tsmc will ein Werk bauen.");
  EXPECT_EQ(flagged(*brand, run(check, *brand)), (Texts{"Tsmc"}));
}

TEST_F(NamesTest, MissingNameIsReportedOnlyWhenNowhereInTheTranslation) {
  const auto missing = make_pair("Samsung met Pyeongtaek officials and Hanwha on Friday.",
                                 "Samsung traf am Freitag Beamte und Vertreter.");
  const auto findings = run(check, *missing);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(missing->source.slice(*findings[0].source), "Pyeongtaek");
  EXPECT_EQ(findings[0].severity, Severity::major);
  const auto moved = make_pair("Nvidia grew. Samsung met Nvidia on Friday.",
                               "Nvidia wuchs. Samsung traf am Freitag den Konkurrenten.");
  EXPECT_TRUE(run(check, *moved).empty());
}

TEST_F(NamesTest, GermanSourceNounsMayBeLowerCaseInEnglish) {
  NamesCheck to_english{{testing::data_dir(), "de", "en"}};
  const auto pair = make_pair("Der Redispatch kostet Geld, sagte die BNetzA.",
                              "The redispatch costs money, said BNetzA.", "de", "en");
  EXPECT_TRUE(run(to_english, *pair).empty());
}

TEST_F(NamesTest, FrenchElisionsAndInflectedRenderings) {
  NamesCheck to_french{{testing::data_dir(), "en", "fr"}};
  const auto fr = make_pair("The EU and NATO condemned the attack on the Élysée.",
                            "L’UE et l’OTAN ont condamné l’attaque contre l’Élysée.", "en", "fr");
  EXPECT_TRUE(run(to_french, *fr).empty());
  const auto de = make_pair("The CEOs of Siemens and BASF met.", "Die CEOs von Siemens und BASF trafen sich.");
  EXPECT_TRUE(run(check, *de).empty());
}

TEST_F(NamesTest, ShoutedPlaceNamesAndShortAcronyms) {
  const auto dateline = make_pair("JURUPA VALLEY, Calif. — A fire broke out on Sunday.",
                                  "Jurupa Valley, Kalifornien – Am Sonntag brach ein Feuer aus.");
  EXPECT_TRUE(run(check, *dateline).empty());
  const auto acronym = make_pair("The NEA published the list of candidates.",
                                 "Die Wahlbehörde veröffentlichte die Liste der Kandidaten.");
  EXPECT_TRUE(run(check, *acronym).empty());
  const auto brand = make_pair("ASML supplies the machines.", "Asml liefert die Maschinen.");
  EXPECT_EQ(flagged(*brand, run(check, *brand)), (Texts{"Asml"}));
}

TEST_F(NamesTest, GermanNounsDerivedFromVerbsAreNoNames) {
  NamesCheck to_english{{testing::data_dir(), "de", "en"}};
  const auto pair = make_pair("Auf der Autobahn wurden viele Raser erwischt.", "Many speeders were caught on the motorway.",
                              "de", "en");
  EXPECT_TRUE(run(to_english, *pair).empty());
}

TEST_F(NamesTest, TransliteratedSpacedAndNativeFormsAreNotMissing) {
  const auto pair = make_pair("Pakistan's foreign minister Shah Mahmood Qureshi drove on the A81 with the Coldplay frontman.",
                              "Pakistans Außenminister Shah Mehmood Qureshi fuhr mit dem Coldplay-Frontmann auf der A 81.");
  EXPECT_TRUE(run(check, *pair).empty());
  const auto gone = make_pair("Shah Mahmood Qureshi met Imran Khan.", "Der Außenminister traf den Premierminister.");
  EXPECT_EQ(run(check, *gone).size(), 3u);  // Mahmood, Qureshi, Imran: nothing like them
}

TEST_F(NamesTest, ShoutedWordsAndRestoredBrandCasing) {
  const auto shouted = make_pair("Press the POWER button.", "Drücken Sie die Power-Taste.");
  EXPECT_TRUE(run(check, *shouted).empty());
  NamesCheck to_english{{testing::data_dir(), "de", "en"}};
  const auto restored = make_pair("Sie zahlte mit Paypal bei Ebay.", "She paid with PayPal on eBay.", "de", "en");
  EXPECT_TRUE(run(to_english, *restored).empty());
  const auto product = make_pair("Charge your eReader.", "Laden Sie Ihr Lesegerät auf.");
  EXPECT_TRUE(run(check, *product).empty());
}

TEST_F(NamesTest, StandardCasingAndShoutedWordsOfEitherLanguage) {
  // The target writes a brand or a word its standard way where the source did not.
  const auto restored = make_pair("Pay with Paypal and read the ebook. Ok, thanks.",
                                  "Zahlen Sie mit PayPal und lesen Sie das eBook. OK, danke.");
  EXPECT_TRUE(run(check, *restored).empty());
  // A German source shouting an English word: the English translation writes it plainly.
  NamesCheck to_english{{testing::data_dir(), "de", "en"}};
  const auto shouted = make_pair("Die Mail lag im SPAM Ordner.", "The mail was in the spam folder.", "de", "en");
  EXPECT_TRUE(run(to_english, *shouted).empty());
  // A name the source wrote in lower case, and another word beside a name as written.
  NamesCheck to_french{{testing::data_dir(), "en", "fr"}};
  const auto plain = make_pair("I wrote to your colleague semina. Operation Legend is named after LeGend Taliferro.",
                               "J'ai écrit à votre collègue Semina. L'opération Legend doit son nom à LeGend Taliferro.",
                               "en", "fr");
  EXPECT_TRUE(run(to_french, *plain).empty());
  const auto slip = make_pair("It made 13.73 TWh after 11.64 TWh.", "Cela fait 13,73 TWH après 11,64 TWh.", "en", "fr");
  EXPECT_EQ(flagged(*slip, run(to_french, *slip)), (Texts{"TWH"}));
  const auto brand = make_pair("He rides for Bora-hansgrohe.", "Il roule pour Bora-Hansgrohe.", "en", "fr");
  EXPECT_EQ(flagged(*brand, run(to_french, *brand)), (Texts{"Hansgrohe"}));
  // Still a changed name: a brand's inner capital lost, an acronym lower-cased.
  const auto changed = make_pair("Pay with PayPal at TSMC.", "Zahlen Sie mit Paypal bei Tsmc.");
  EXPECT_EQ(flagged(*changed, run(check, *changed)), (Texts{"Paypal", "Tsmc"}));
}

TEST_F(NamesTest, StrayCapitalsAndSentenceStartsAreNoNames) {
  // A known word with a stray capital is the word: its translation is no missing name.
  NamesCheck to_english{{testing::data_dir(), "de", "en"}};
  const auto typo = make_pair("Ich habe keine BEstätigung bekommen.", "I have not received a confirmation.", "de", "en");
  EXPECT_TRUE(run(to_english, *typo).empty());
  // A capital at the start of a sentence is no evidence of a name ...
  const auto first = make_pair("Afaik, the wind changed. 1) Deauthorize the reader.",
                               "Soweit ich weiß, drehte der Wind. 1) Heben Sie die Autorisierung auf.");
  EXPECT_TRUE(run(check, *first).empty());
  // ... but the same word inside a sentence is.
  const auto inside = make_pair("We met Afaik in Berlin.", "Wir trafen uns in Berlin.");
  EXPECT_EQ(run(check, *inside).size(), 1u);
}

TEST(NameKey, FoldsCaseDiacriticsAndPeriods) {
  EXPECT_EQ(name_key("U.S."), "us");
  EXPECT_EQ(name_key("Gießerei"), "giesserei");
}

TEST_F(NamesTest, GermanNounsDiacriticsHeadlinesAndAcronymRenderings) {
  const auto pair = make_pair(
      "Dembele and Rakitic criticised the lockdown. DOJ officials said so.",
      "Dembélé und Rakitić kritisierten den Lockdown. Beamte des US-Justizministeriums sagten das.");
  EXPECT_TRUE(run(check, *pair).empty());
  const auto headline = make_pair("DOG PARK COUPLE MACED IN OAKLAND", "Paar in Hundepark in Oakland mit Pfefferspray besprüht");
  EXPECT_TRUE(run(check, *headline).empty());
  // A lower-case brand after a name keeps its case even as a German noun.
  const auto brand = make_pair("SK hynix makes chips.", "SK Hynix stellt Chips her.");
  EXPECT_EQ(flagged(*brand, run(check, *brand)), (Texts{"Hynix"}));
}

TEST_F(NamesTest, GermanSourceNounsAndTyposAreNoNamesToCopy) {
  NamesCheck to_english{{testing::data_dir(), "de", "en"}};
  const auto pair = make_pair("Die Raser fahren schnell. Die Wissenschaflter warnen.",
                              "The speeders drive fast. The scientists warn.", "de", "en");
  EXPECT_TRUE(run(to_english, *pair).empty());
  // A German capitalised word no dictionary knows may be a noun: not reported missing ...
  const auto noun_or_name = make_pair("Der Ausbruch erinnerte an Ischgl.", "The outbreak was a reminder.", "de", "en");
  EXPECT_TRUE(run(to_english, *noun_or_name).empty());
  // ... but a brand-shaped one is.
  const auto brand = make_pair("Der Streit erinnerte an TikTok.", "The dispute was a reminder.", "de", "en");
  EXPECT_EQ(run(to_english, *brand).size(), 1u);
}

}  // namespace
}  // namespace tqc
