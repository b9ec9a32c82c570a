#pragma once
// terminology: a glossary concept whose source term occurs in a source sentence must be
// rendered by one of its preferred or admitted target terms, and never by a deprecated or
// superseded one. Glossaries come from `tqc check --glossary FILE` (TBX, TSV or CSV: see
// read/glossary.h). Doc: check/terminology.md

#include <string>
#include <string_view>
#include <vector>

#include "check/check.h"
#include "read/glossary.h"

namespace tqc {

class TerminologyCheck : public Check {
 public:
  // Reads setup.glossaries once; throws InputError for a bad file.
  explicit TerminologyCheck(const CheckSetup& setup);
  // For tests: a check with glossaries already read.
  TerminologyCheck(std::vector<Glossary> glossaries, std::string source_language,
                   std::string target_language);
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;

  // One concept as the check uses it, for the language pair: terms as lower-case words.
  struct Entry {
    const Glossary* glossary = nullptr;
    const Concept* concept_entry = nullptr;
    std::vector<std::vector<std::string>> source;    // any status but deprecated
    std::vector<std::vector<std::string>> accepted;  // preferred first, then admitted
    std::vector<std::vector<std::string>> rejected;  // deprecated and superseded
    std::vector<std::string> accepted_text;          // as written, same order
    std::vector<std::string> rejected_text;
    std::vector<TermStatus> rejected_status;
  };

 private:
  std::vector<Glossary> glossaries_;
  std::vector<Entry> entries_;
};

// `word` contains the target term word `lemma` (lower case), inflected or as any part of
// a compound: "Speichers", "Datenspeicher", "Speicherplatz" for "speicher"; a verb in its
// finite forms ("erstellt" for "erstellen"). "Halbleitersparte" holds "halbleiter" and
// "sparte", not "leiter".
bool contains_term(const Language& language, std::string_view lemma, std::string_view word);

}  // namespace tqc
