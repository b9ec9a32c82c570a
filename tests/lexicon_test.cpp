#include "align/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/unicode.h"

namespace tqc {
namespace {

// Entries are folded: "Häuser" is looked up as "hauser".
bool translates(const Lexicon& lexicon, const std::string& source, const std::string& target) {
  const auto* translations = lexicon.translations(fold(source));
  return translations && std::find(translations->begin(), translations->end(), fold(target)) != translations->end();
}

TEST(Lexicon, DingNounsBothWays) {
  Lexicon german_english, english_german;
  const std::string line = "Haus {n}; Gebäude {n} | Häuser {pl} :: house; building | houses";
  add_ding_line(line, true, german_english);
  add_ding_line(line, false, english_german);
  EXPECT_TRUE(translates(german_english, "Haus", "house"));
  EXPECT_TRUE(translates(german_english, "Gebäude", "building"));
  EXPECT_TRUE(translates(german_english, "Häuser", "houses"));
  EXPECT_FALSE(translates(german_english, "Häuser", "house"));  // groups pair up by position
  EXPECT_TRUE(translates(english_german, "houses", "Häuser"));
}

// English verbs come as "to stay", their forms with pronouns: the word is what remains.
TEST(Lexicon, DingVerbsAndTheirForms) {
  Lexicon lexicon;
  add_ding_line("bleiben {vi} | bleibend | er/sie bleibt | ich/er/sie blieb | er/sie ist/war geblieben :: "
                "to stay | staying | he/she stays | I/he/she stayed | he/she has/had stayed",
                true, lexicon);
  EXPECT_TRUE(translates(lexicon, "bleiben", "stay"));
  EXPECT_TRUE(translates(lexicon, "bleibt", "stays"));
  EXPECT_TRUE(translates(lexicon, "blieb", "stayed"));
  EXPECT_TRUE(translates(lexicon, "geblieben", "stayed"));
  EXPECT_EQ(lexicon.translations("to"), nullptr);
}

TEST(Lexicon, DingPhrasesAreNotWords) {
  Lexicon lexicon;
  add_ding_line("im Dunkeln bleiben :: to remain untold", true, lexicon);
  add_ding_line("Haus {n} :: house | houses", true, lexicon);  // unequal groups: no pairs
  EXPECT_EQ(lexicon.size(), 0U);
}

TEST(Lexicon, FreeDictArticle) {
  Lexicon forward, reversed;
  const std::string article = "Haus /haʊs/ <n>\nmaison, demeure\nune maison de campagne avec un grand jardin\n";
  add_freedict_article("Haus", article, false, forward);
  add_freedict_article("Haus", article, true, reversed);
  EXPECT_TRUE(translates(forward, "haus", "maison"));
  EXPECT_TRUE(translates(forward, "haus", "demeure"));
  EXPECT_FALSE(translates(forward, "haus", "jardin"));  // an example sentence
  EXPECT_TRUE(translates(reversed, "maison", "haus"));
}

TEST(Lexicon, MissingFilesGiveAnEmptyLexicon) {
  EXPECT_EQ(load_lexicon("deu", "eng", "/nonexistent").size(), 0U);
}

}  // namespace
}  // namespace tqc
