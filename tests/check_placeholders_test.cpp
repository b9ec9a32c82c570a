#include "check/placeholders.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tqc {
namespace {

using testing::flagged;
using testing::make_pair;
using testing::run;
using Texts = std::vector<std::string>;

class PlaceholdersTest : public ::testing::Test {
 protected:
  std::vector<Finding> check(const std::string& source, const std::string& target,
                             const std::string& source_language = "en", const std::string& target_language = "de") {
    const PlaceholdersCheck placeholders{{testing::data_dir(), source_language, target_language}};
    pair_ = make_pair(source, target, source_language, target_language);
    return run(placeholders, *pair_);
  }
  Texts flagged_in(const std::vector<Finding>& findings) const { return flagged(*pair_, findings); }

  std::unique_ptr<testing::TestPair> pair_;
};

TEST_F(PlaceholdersTest, CarriedOverAsWrittenIsClean) {
  EXPECT_TRUE(check("Hello {name}, you have %d new messages.", "Hallo {name}, Sie haben %d neue Nachrichten.").empty());
  EXPECT_TRUE(check("Read <b>more</b> at https://example.com/news.", "Lesen Sie <b>mehr</b> unter https://example.com/news.")
                  .empty());
  EXPECT_TRUE(check("Write to press@example.org &amp; call us.", "Écrivez à press@example.org &amp; appelez-nous.", "en", "fr")
                  .empty());
  EXPECT_TRUE(check("%1$s sent %2$d files to ${user}.", "%1$s envió %2$d archivos a ${user}.", "en", "es").empty());
  EXPECT_TRUE(check("Hallo %(name)s, siehe {{link}}.", "Hello %(name)s, see {{link}}.", "de", "en").empty());
  // A percentage is no format code.
  EXPECT_TRUE(check("Prices rose 5 % during the year.", "Les prix ont augmenté de 5 % de l'année.", "en", "fr").empty());
}

TEST_F(PlaceholdersTest, MissingItemIsReportedAtTheTargetSentence) {
  const auto findings = check("Hello {name}, see https://example.com.", "Hallo, siehe https://example.com.");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(flagged_in(findings), (Texts{"Hallo, siehe https://example.com."}));
  EXPECT_EQ(pair_->source.slice(*findings[0].source), "{name}");
  EXPECT_EQ(findings[0].category, "markup");
  EXPECT_EQ(findings[0].severity, Severity::major);

  const auto tag = check("Click <b>here</b> now.", "Cliquez ici maintenant.", "en", "fr");
  EXPECT_EQ(tag.size(), 2u);  // <b> and </b>
}

TEST_F(PlaceholdersTest, ChangedItemIsFlaggedWithTheSourceForm) {
  const auto findings = check("Hello {name}.", "Hola {nombre}.", "en", "es");
  EXPECT_EQ(flagged_in(findings), (Texts{"{nombre}"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].suggestions, (Texts{"{name}"}));
  const auto url = check("See https://example.com/a for details.", "Details unter https://example.com/b.");
  EXPECT_EQ(flagged_in(url), (Texts{"https://example.com/b"}));
}

TEST_F(PlaceholdersTest, AddedPlaceholdersAndAddressesAreFlagged) {
  const auto findings = check("Contact us.", "Kontaktieren Sie uns unter info@example.de, %s.");
  EXPECT_EQ(flagged_in(findings), (Texts{"info@example.de", "%s"}));
  // Tags and entities that only the target has are the artifacts check's.
  EXPECT_TRUE(check("The game ended.", "<p>El partido&nbsp;terminó.", "en", "es").empty());
}

}  // namespace
}  // namespace tqc
