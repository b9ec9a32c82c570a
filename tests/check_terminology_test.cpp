#include "check/terminology.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tqc {
namespace {

using testing::flagged;
using testing::make_pair;
using testing::run;
using Texts = std::vector<std::string>;

Concept concept_of(std::string id, std::vector<Term> terms) { return {std::move(id), 1, std::move(terms)}; }

Glossary german_glossary() {
  return {"house.tbx",
          {concept_of("storage", {{"storage", "en", TermStatus::preferred},
                                  {"Speicher", "de", TermStatus::preferred},
                                  {"Ablage", "de", TermStatus::admitted},
                                  {"Lager", "de", TermStatus::deprecated}}),
           concept_of("responsibility-area", {{"area of responsibility", "en", TermStatus::preferred},
                                              {"Zuständigkeitsbereich", "de", TermStatus::preferred}}),
           concept_of("compute", {{"computing power", "en", TermStatus::preferred},
                                  {"Rechenleistung", "de", TermStatus::preferred}}),
           concept_of("chip-division", {{"semiconductor division", "en", TermStatus::preferred},
                                        {"Halbleitersparte", "de", TermStatus::preferred}}),
           concept_of("ladder", {{"ladder", "en", TermStatus::preferred},
                                 {"Leiter", "de", TermStatus::preferred}}),
           concept_of("create", {{"create", "en", TermStatus::preferred},
                                 {"anlegen", "de", TermStatus::preferred},
                                 {"erstellen", "de", TermStatus::admitted}})}};
}

class TerminologyTest : public ::testing::Test {
 protected:
  TerminologyCheck check{{german_glossary()}, "en", "de"};
};

TEST_F(TerminologyTest, RequiredTermMissing) {
  const auto pair = make_pair("The storage is full.", "Der Datenträger ist voll.");
  const auto findings = run(check, *pair);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(flagged(*pair, findings), (Texts{"Der Datenträger ist voll."}));
  EXPECT_EQ(pair->source.slice(*findings[0].source), "storage");
  // The span is the sentence: the required term is named in the message, not offered as
  // a replacement for the whole sentence.
  EXPECT_TRUE(findings[0].suggestions.empty());
  EXPECT_NE(findings[0].message.find("'Speicher'"), std::string::npos);
  EXPECT_EQ(findings[0].check, "terminology");
  EXPECT_EQ(findings[0].category, "terminology");
  EXPECT_EQ(findings[0].severity, Severity::major);
  EXPECT_TRUE(findings[0].message.starts_with("required term missing")) << findings[0].message;
  EXPECT_NE(findings[0].message.find("[house.tbx, entry storage]"), std::string::npos) << findings[0].message;
}

TEST_F(TerminologyTest, InflectedTermIsPresent) {
  const auto pair = make_pair("The size of the storage is limited.", "Die Größe des Speichers ist begrenzt.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST_F(TerminologyTest, TermAsHeadOrModifierOfACompoundIsPresent) {
  const auto head = make_pair("The storage is full.", "Der Datenspeicher ist voll.");
  EXPECT_TRUE(run(check, *head).empty());
  const auto modifier = make_pair("Storage is scarce.", "Speicherplatz ist knapp.");
  EXPECT_TRUE(run(check, *modifier).empty());
  const auto admitted = make_pair("The storage is full.", "Die Ablage ist voll.");
  EXPECT_TRUE(run(check, *admitted).empty());
}

TEST_F(TerminologyTest, HyphenEllipsisCarriesTheTerm) {
  const auto pair = make_pair("Storage and computing power are limited.",
                              "Speicher- und Rechenleistung sind begrenzt.");
  EXPECT_TRUE(run(check, *pair).empty());
  const auto hyphenated = make_pair("The storage module is new.", "Das Speicher-Modul ist neu.");
  EXPECT_TRUE(run(check, *hyphenated).empty());
}

TEST_F(TerminologyTest, DeprecatedTermUsed) {
  const auto pair = make_pair("The storage is full.", "Das Lager ist voll.");
  const auto findings = run(check, *pair);
  ASSERT_EQ(findings.size(), 1u);  // the deprecated term, not also "required term missing"
  EXPECT_EQ(flagged(*pair, findings), (Texts{"Lager"}));
  EXPECT_EQ(findings[0].suggestions, (Texts{"Speicher"}));
  EXPECT_NE(findings[0].message.find("deprecated"), std::string::npos) << findings[0].message;
}

TEST_F(TerminologyTest, MultiWordSourceTerm) {
  const auto right = make_pair("All resources in your area of responsibility will be displayed.",
                               "Es werden alle Ressourcen in Ihrem Zuständigkeitsbereich angezeigt.");
  EXPECT_TRUE(run(check, *right).empty());
  const auto wrong = make_pair("All resources in your area of responsibility will be displayed.",
                               "Es werden alle Ressourcen in Ihrem Bereich angezeigt.");
  const auto findings = run(check, *wrong);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(wrong->source.slice(*findings[0].source), "area of responsibility");
}

TEST_F(TerminologyTest, VerbTermInFiniteForms) {
  const auto pair = make_pair("You create the user.", "Sie legen den Benutzer an und erstellen ihn.");
  EXPECT_TRUE(run(check, *pair).empty());
  const auto finite = make_pair("The user was created.", "Der Benutzer wurde erstellt.");
  EXPECT_TRUE(run(check, *finite).empty());
}

TEST_F(TerminologyTest, NoSourceTermNoFinding) {
  const auto pair = make_pair("The weather is fine.", "Das Wetter ist schön.");
  EXPECT_TRUE(run(check, *pair).empty());
}

TEST(TermMatching, CompoundsBothWaysButNotLookalikes) {
  const Language& german = testing::language("de");
  EXPECT_TRUE(contains_term(german, "speicher", "Speichers"));
  EXPECT_TRUE(contains_term(german, "speicher", "Datenspeicher"));
  EXPECT_TRUE(contains_term(german, "speicher", "Speicherplatz"));
  EXPECT_TRUE(contains_term(german, "umfang", "Funktionsumfangsbeschreibung"));
  EXPECT_TRUE(contains_term(german, "halbleiter", "Halbleitersparte"));
  EXPECT_TRUE(contains_term(german, "sparte", "Halbleitersparte"));
  EXPECT_FALSE(contains_term(german, "leiter", "Halbleitersparte"));
  EXPECT_FALSE(contains_term(german, "leitersparte", "Halbleitersparte"));
  EXPECT_FALSE(contains_term(german, "speicher", "Spiegel"));
}

Glossary french_glossary() {
  return {"maison.tsv",
          {concept_of("line 1", {{"file", "source", TermStatus::preferred},
                                 {"fichier", "target", TermStatus::preferred},
                                 {"dossier", "target", TermStatus::superseded}})}};
}

TEST(TerminologyFrench, PresentMissingAndSuperseded) {
  const TerminologyCheck check{{french_glossary()}, "en", "fr"};
  const auto right = make_pair("Open the files.", "Ouvrez les fichiers.", "en", "fr");
  EXPECT_TRUE(run(check, *right).empty());
  const auto elided = make_pair("The file is open.", "L'état du fichier est ouvert.", "en", "fr");
  EXPECT_TRUE(run(check, *elided).empty());
  const auto missing = make_pair("The file is open.", "Le document est ouvert.", "en", "fr");
  const auto missing_findings = run(check, *missing);
  ASSERT_EQ(missing_findings.size(), 1u);
  EXPECT_NE(missing_findings[0].message.find("'fichier'"), std::string::npos);
  const auto superseded = make_pair("The file is open.", "Le dossier est ouvert.", "en", "fr");
  const auto findings = run(check, *superseded);
  EXPECT_EQ(flagged(*superseded, findings), (Texts{"dossier"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("superseded"), std::string::npos) << findings[0].message;
}

}  // namespace
}  // namespace tqc
