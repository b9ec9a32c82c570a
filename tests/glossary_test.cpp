#include "read/glossary.h"

#include <gtest/gtest.h>

#include <fstream>

#include "core/error.h"

namespace tqc {
namespace {

std::string write_file(const std::string& name, const std::string& content) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::vector<std::string> texts(const Concept& entry, const std::string& language) {
  std::vector<std::string> result;
  for (const Term& term : entry.terms)
    if (term.language == language) result.push_back(term.text);
  return result;
}

TermStatus status_of(const Concept& entry, const std::string& text) {
  for (const Term& term : entry.terms)
    if (term.text == text) return term.status;
  ADD_FAILURE() << "no term " << text;
  return TermStatus::admitted;
}

TEST(GlossaryReader, TbxV2Basic) {
  const std::string path = write_file("v2.tbx", R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="storage">
      <descrip type="subjectField">IT</descrip>
      <langSet xml:lang="en-US"><tig><term>storage</term></tig></langSet>
      <langSet xml:lang="de-DE">
        <tig><term>Speicher</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <ntig><termGrp><term>Ablage</term>
          <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termGrp></ntig>
        <tig><term>Lager</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry>
      <langSet xml:lang="en"><tig><term>area of responsibility</term></tig></langSet>
      <langSet xml:lang="de"><tig><term>Zuständigkeitsbereich</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
)");
  const Glossary glossary = read_glossary(path);
  ASSERT_EQ(glossary.concepts.size(), 2u);
  const Concept& storage = glossary.concepts[0];
  EXPECT_EQ(storage.id, "storage");
  EXPECT_EQ(storage.line, 6u);
  EXPECT_EQ(texts(storage, "en"), (std::vector<std::string>{"storage"}));
  EXPECT_EQ(texts(storage, "de"), (std::vector<std::string>{"Speicher", "Ablage", "Lager"}));
  EXPECT_EQ(status_of(storage, "Speicher"), TermStatus::preferred);
  EXPECT_EQ(status_of(storage, "Ablage"), TermStatus::admitted);
  EXPECT_EQ(status_of(storage, "Lager"), TermStatus::deprecated);
  EXPECT_EQ(status_of(storage, "storage"), TermStatus::admitted);  // no status given
  EXPECT_EQ(glossary.concepts[1].id, "line 16");
  EXPECT_EQ(texts(glossary.concepts[1], "de"), (std::vector<std::string>{"Zuständigkeitsbereich"}));
}

TEST(GlossaryReader, TbxV3BasicWithNamespaceAndDctStyle) {
  const std::string path = write_file("v3.tbx", R"(<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="en"><termSec><term>file</term>
        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
      <langSec xml:lang="fr">
        <termSec><term>fichier</term><termNote type="partOfSpeech">noun</termNote>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>dossier</term>
          <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="c2">
      <langSec xml:lang="en"><termSec><term>folder</term></termSec></langSec>
      <langSec xml:lang="fr"><termSec><term>répertoire</term>
        <basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
)");
  const Glossary glossary = read_glossary(path);
  ASSERT_EQ(glossary.concepts.size(), 2u);
  EXPECT_EQ(glossary.concepts[0].id, "c1");
  EXPECT_EQ(texts(glossary.concepts[0], "fr"), (std::vector<std::string>{"fichier", "dossier"}));
  EXPECT_EQ(status_of(glossary.concepts[0], "fichier"), TermStatus::preferred);
  EXPECT_EQ(status_of(glossary.concepts[0], "dossier"), TermStatus::superseded);
  EXPECT_EQ(status_of(glossary.concepts[1], "répertoire"), TermStatus::deprecated);
}

TEST(GlossaryReader, StatusFromNormativeAuthorizationAndDescrip) {
  const Glossary glossary = parse_glossary(R"(<martif type="TBX"><text><body>
<termEntry id="a"><langSet xml:lang="de">
  <tig><term>eins</term><termNote type="normativeAuthorization">preferred</termNote></tig>
  <tig><term>zwei</term><termNote type="normativeAuthorization">admitted</termNote></tig>
  <tig><term>drei</term><descrip type="normativeAuthorization">deprecated</descrip></tig>
  <tig><term>vier</term><admin type="administrativeStatus">superseded</admin></tig>
  <tig><term>fünf</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
</langSet></termEntry></body></text></martif>)",
                                           "statuses.tbx");
  ASSERT_EQ(glossary.concepts.size(), 1u);
  const Concept& entry = glossary.concepts[0];
  EXPECT_EQ(status_of(entry, "eins"), TermStatus::preferred);
  EXPECT_EQ(status_of(entry, "zwei"), TermStatus::admitted);
  EXPECT_EQ(status_of(entry, "drei"), TermStatus::deprecated);
  EXPECT_EQ(status_of(entry, "vier"), TermStatus::superseded);
  EXPECT_EQ(status_of(entry, "fünf"), TermStatus::admitted);
}

TEST(GlossaryReader, TsvWithLanguageHeaderAndStatus) {
  const std::string path = write_file("terms.tsv",
                                      "# house terms\n"
                                      "en\tde\tstatus\n"
                                      "storage\tSpeicher\tpreferred\n"
                                      "storage\tLager\tdeprecated\n"
                                      "area of responsibility\tZuständigkeitsbereich\n");
  const Glossary glossary = read_glossary(path);
  ASSERT_EQ(glossary.concepts.size(), 2u);  // rows with one source term are one concept
  const Concept& storage = glossary.concepts[0];
  EXPECT_EQ(storage.id, "line 3");
  EXPECT_EQ(texts(storage, "en"), (std::vector<std::string>{"storage"}));
  EXPECT_EQ(texts(storage, "de"), (std::vector<std::string>{"Speicher", "Lager"}));
  EXPECT_EQ(status_of(storage, "Lager"), TermStatus::deprecated);
  EXPECT_EQ(status_of(glossary.concepts[1], "Zuständigkeitsbereich"), TermStatus::preferred);
}

TEST(GlossaryReader, TsvWithoutHeaderAndCsvWithQuotes) {
  const Glossary tsv = parse_glossary("api\tAPI\nstorage\tSpeicher\n", "terms.tsv");
  ASSERT_EQ(tsv.concepts.size(), 2u);  // "api" is a term, not a language header
  EXPECT_EQ(texts(tsv.concepts[0], "source"), (std::vector<std::string>{"api"}));
  EXPECT_EQ(texts(tsv.concepts[0], "target"), (std::vector<std::string>{"API"}));
  const Glossary csv = parse_glossary("source,target,status\n\"file, shared\",\"fichier \"\"partagé\"\"\",admitted\n",
                                      "terms.csv");
  ASSERT_EQ(csv.concepts.size(), 1u);
  EXPECT_EQ(texts(csv.concepts[0], "source"), (std::vector<std::string>{"file, shared"}));
  EXPECT_EQ(texts(csv.concepts[0], "target"), (std::vector<std::string>{"fichier \"partagé\""}));
  EXPECT_EQ(status_of(csv.concepts[0], "fichier \"partagé\""), TermStatus::admitted);
}

void expect_error(const std::string& content, const std::string& name, const std::string& expected) {
  const std::string path = write_file(name, content);
  try {
    read_glossary(path);
    ADD_FAILURE() << "no error for " << name;
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()).substr(0, path.size() + expected.size()), path + expected) << error.what();
  }
}

TEST(GlossaryReader, MalformedFilesNameFileLineAndColumn) {
  // The unclosed <tig> shows at the name of the mismatched end tag: line 3, column 34
  // (code points: "ä" is one).
  expect_error("<martif type=\"TBX-Basic\"><text><body>\n<termEntry><langSet xml:lang=\"de\">\n"
               "<tig><term>Zuständigkeit</term></langSet></termEntry></body></text></martif>\n",
               "broken.tbx", ":3:34: malformed XML");
  expect_error("<html><body/></html>", "page.tbx", ":1:1: not a TBX file");
  expect_error("<martif><text><body><termEntry>\n  <langSet><tig><term>x</term></tig></langSet>\n"
               "</termEntry></body></text></martif>",
               "nolang.tbx", ":2:3: <langSet> without xml:lang");
  expect_error("<tbx><text><body><conceptEntry><langSec xml:lang=\"de\"><termSec><term>x</term>\n"
               "<termNote type=\"administrativeStatus\">maybe</termNote></termSec></langSec></conceptEntry>"
               "</body></text></tbx>",
               "status.tbx", ":2:1: unknown term status 'maybe'");
  expect_error("en\tde\nstorage\n", "short.tsv", ":2:1: expected a source term");
  expect_error("storage\tSpeicher\tfavourite\n", "status.tsv", ":1:1: unknown term status 'favourite'");
}

TEST(GlossaryReader, MissingFile) {
  EXPECT_THROW(read_glossary(::testing::TempDir() + "/no-such-glossary.tbx"), InputError);
}

}  // namespace
}  // namespace tqc
