#include "language/language.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "language/speller.h"
#include "test_support.h"

namespace tqc {
namespace {

using testing::language;

TEST(Language, LoadsHunspellAndData) {
  const Language& german = language("de");
  ASSERT_NE(german.speller, nullptr) << "hunspell-de-de is not installed (tools/setup)";
  EXPECT_TRUE(german.knows("Halbleiter"));
  EXPECT_FALSE(german.knows("Bandwidwid"));
  EXPECT_TRUE(german.compounds);
  EXPECT_TRUE(language("en").abbreviations.contains("Dr."));
}

TEST(Language, Inflections) {
  const Language& english = language("en");
  EXPECT_TRUE(english.inflects("foundry", "foundries"));
  EXPECT_TRUE(english.inflects("chip", "chips"));
  EXPECT_FALSE(english.inflects("chip", "chipset"));
  const Language& german = language("de");
  EXPECT_TRUE(german.inflects("gießerei", "gießereien"));
  EXPECT_TRUE(german.inflects("lee", "lees"));
  const auto forms = german.base_forms("gießereien");
  EXPECT_NE(std::find(forms.begin(), forms.end(), "gießerei"), forms.end());
}

TEST(Language, SplitsCompoundsByLongestHead) {
  const Language& german = language("de");
  auto known = [&](std::string_view part) { return german.knows(part); };
  EXPECT_EQ(german.split_compound("Verschwörungsvorwürfen", known),
            (std::vector<std::string>{"Verschwörung", "vorwürfen"}));
  EXPECT_EQ(german.split_compound("Halbleitersparte", known), (std::vector<std::string>{"Halbleiter", "sparte"}));
  const auto parts = german.split_compound("Halbleitersparteleitung", known);
  ASSERT_FALSE(parts.empty());
  EXPECT_NE(parts.front(), "Halb");
  EXPECT_TRUE(german.split_compound("Bandwidwid", known).empty());
  EXPECT_TRUE(german.knows_or_compounds("Ätzanlagen"));  // verb stem "ätz(en)" + "Anlagen"
  EXPECT_TRUE(language("en").split_compound("chipmaker", known).empty());  // English: no compounds
}

TEST(Language, CompoundPartsAsWrittenKeepTheirLinkingElement) {
  const Language& german = language("de");
  auto known = [&](std::string_view part) { return german.knows(part); };
  const auto parts = german.compound_split("Verschwörungsvorwürfen", known);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].written, "Verschwörungs");
  EXPECT_EQ(parts[0].stem(), "Verschwörung");
  EXPECT_EQ(parts[1].written, "vorwürfen");
  EXPECT_EQ(parts[1].link, 0u);
  EXPECT_TRUE(german.compound_split("Bandwidwid", known).empty());
}

TEST(Language, KnownPartsAreWordsOrCompoundsInAnyCase) {
  const Language& german = language("de");
  EXPECT_TRUE(german.knows_part("betrieb"));          // a noun, lower case inside a compound
  EXPECT_TRUE(german.knows_part("preisauftrags"));    // a compound of known parts
  EXPECT_FALSE(german.knows_part("ei"));              // too short to be a part
  EXPECT_FALSE(german.knows_part("widwid"));
}

TEST(Language, LongWordsSplitInReasonableTime) {
  // Without memoisation this took minutes (exponential in the number of known parts).
  const Language& german = language("de");
  std::string word = "Qzx";
  for (int i = 0; i < 18; ++i) word += "haus";
  EXPECT_FALSE(german.knows_or_compounds(word));
  EXPECT_FALSE(german.knows(std::string(20000, 'a')));
}

TEST(Language, TargetAcceptsEveryInstalledRegionalSpelling) {
  const auto regional = installed_regional_dictionaries("en");
  if (std::find(regional.begin(), regional.end(), "en_GB") == regional.end()) GTEST_SKIP() << "hunspell-en-gb is not installed";
  const Language target = load_language(testing::data_dir(), "en", Role::target);
  EXPECT_TRUE(target.knows("colour"));  // en_GB
  EXPECT_TRUE(target.knows("color"));   // en_US, the main dictionary
  EXPECT_FALSE(target.knows("colr"));
  const Language source = load_language(testing::data_dir(), "en", Role::source);
  EXPECT_FALSE(source.knows("colour"));  // the source needs only the main dictionary
}

TEST(Language, RegionalDictionariesAreNamedLanguageUnderscoreRegion) {
  const std::string folder = ::testing::TempDir() + "/tqc-dicpath";
  std::filesystem::create_directories(folder);
  for (const char* name : {"xx_YY", "xx_ZZ-large", "xx_YY_frami", "xx_med", "xxx_YY"}) {
    std::ofstream(folder + "/" + name + ".aff") << "SET UTF-8\n";
    std::ofstream(folder + "/" + name + ".dic") << "0\n";
  }
  const char* old = std::getenv("DICPATH");
  const std::string saved = old ? old : "";
  setenv("DICPATH", folder.c_str(), 1);
  EXPECT_EQ(installed_regional_dictionaries("xx"), (std::vector<std::string>{"xx_YY"}));
  if (old) setenv("DICPATH", saved.c_str(), 1); else unsetenv("DICPATH");
}

// The frami dictionaries are ISO-8859-1: words go in and come out as UTF-8 all the same.
TEST(Speller, DictionariesInOtherEncodings) {
  const std::string base = ::testing::TempDir() + "/tqc-latin1";
  std::ofstream(base + ".aff", std::ios::binary) << "SET ISO8859-1\nTRY esianrtolcdugmphbyfvkwzäöüßÄÖÜ\n";
  std::ofstream(base + ".dic", std::ios::binary) << "2\nB\xE4r\nStra\xDF" "e\n";  // "Bär", "Straße" in Latin-1
  const Speller speller({base});
  EXPECT_TRUE(speller.correct("Bär"));
  EXPECT_TRUE(speller.correct("Straße"));
  EXPECT_FALSE(speller.correct("Bar"));
  EXPECT_FALSE(speller.correct("Bąr"));  // no such letter in Latin-1
  EXPECT_EQ(speller.stems("Bär"), (std::vector<std::string>{"Bär"}));
  const auto suggestions = speller.suggest("Strase");
  EXPECT_NE(std::find(suggestions.begin(), suggestions.end(), "Straße"), suggestions.end());
  std::ofstream(base + ".aff", std::ios::binary) << "SET NO-SUCH-ENCODING\n";
  EXPECT_THROW(Speller({base}), InputError);
}

TEST(Language, BareRemovesElisionsAndPossessives) {
  EXPECT_EQ(language("fr").bare("l’OTAN"), "OTAN");
  EXPECT_EQ(language("fr").bare("L'Élysée"), "Élysée");
  EXPECT_EQ(language("fr").bare("aujourd'hui"), "aujourd'hui");
  EXPECT_EQ(language("en").bare("Germany's"), "Germany");
}

}  // namespace
}  // namespace tqc
